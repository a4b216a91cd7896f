package dev.shipshape.cli;

import dev.shipshape.engine.ScanRequest;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows on stderr what a scan is doing, only once it has taken more than a second and only when
 * stderr is a terminal; the line is cleared when the scan ends.
 */
final class ProgressLine implements ScanRequest.Progress, AutoCloseable {
  private static final long DELAY_MS = 1000;

  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private volatile String phase = "starting";
  private volatile boolean shown;

  ProgressLine(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
    if (enabled) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "shipshape-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(this::draw, DELAY_MS, 250, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  @Override
  public void phase(String description) {
    phase = description;
  }

  private synchronized void draw() {
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    String line = "shipshape: " + phase + " (" + seconds + " s)";
    err.print("\r\033[K" + (line.length() > 100 ? line.substring(0, 100) : line));
    err.flush();
    shown = true;
  }

  @Override
  public synchronized void close() {
    if (!enabled) {
      return;
    }
    timer.shutdownNow();
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
