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
  private final boolean timings;
  private final java.util.List<String> timed = new java.util.ArrayList<>();
  private long phaseStart = System.nanoTime();

  ProgressLine(PrintStream err, boolean enabled) {
    this(err, enabled, false);
  }

  /** With {@code timings}, the time of each phase is printed on stderr at the end (--debug). */
  ProgressLine(PrintStream err, boolean enabled, boolean timings) {
    this.err = err;
    this.enabled = enabled;
    this.timings = timings;
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
  public synchronized void phase(String description) {
    lapse();
    phase = description;
  }

  private void lapse() {
    long now = System.nanoTime();
    timed.add(String.format(java.util.Locale.ROOT, "%s %.2f s", phase, (now - phaseStart) / 1e9));
    phaseStart = now;
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
    if (timings) {
      lapse();
      err.println("shipshape: timings: " + String.join(" · ", timed.subList(1, timed.size())));
    }
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
