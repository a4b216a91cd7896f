package dev.shipshape.server.scan;

import dev.shipshape.engine.ScanRequest;
import dev.shipshape.engine.Scanner;
import dev.shipshape.facts.delivery.DeliveryOptions;
import dev.shipshape.model.Report;
import dev.shipshape.render.HtmlReportRenderer;
import dev.shipshape.render.JsonReportRenderer;
import dev.shipshape.render.RenderOptions;
import dev.shipshape.repository.SnapshotRequest;
import dev.shipshape.server.JsonLog;
import dev.shipshape.server.intake.DeliveryEvent;
import dev.shipshape.server.store.EventStore;
import dev.shipshape.server.store.RegisteredRepository;
import dev.shipshape.server.store.ReportDigest;
import dev.shipshape.server.store.ReportStore;
import dev.shipshape.server.store.RepositoryStore;
import dev.shipshape.server.store.Stores;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the scans that are requested or due, on a bounded pool. Work is found in the database, not
 * in memory, so any server process sharing it may take it; a claim (one conditional UPDATE) makes
 * sure only one process scans a repository at a time. A claim not renewed within the lease is
 * stale: its process died, and another may take the repository.
 */
public final class ScanWorker implements AutoCloseable {
  private final RepositoryStore repositories;
  private final ReportStore reports;
  private final EventStore events;
  private final Scanner scanner;
  private final String node;
  private final Clock clock;
  private final Duration lease;
  private final JsonLog log;
  private final int threads;
  private final ExecutorService pool;
  private final ScheduledExecutorService ticker;
  private final Set<Long> active = ConcurrentHashMap.newKeySet();
  private final Timer scanTimer;
  private final MeterRegistry metrics;

  public ScanWorker(
      Stores stores,
      Scanner scanner,
      String node,
      Clock clock,
      int threads,
      Duration pollEvery,
      Duration lease,
      JsonLog log,
      MeterRegistry metrics) {
    this.repositories = stores.repositories();
    this.reports = stores.reports();
    this.events = stores.events();
    this.scanner = scanner;
    this.node = node;
    this.clock = clock;
    this.lease = lease;
    this.log = log;
    this.threads = threads;
    this.metrics = metrics;
    this.pool =
        new ThreadPoolExecutor(
            threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named("scan"));
    this.ticker =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(named("scan-poll"));
    this.scanTimer = Timer.builder("shipshape.scans").description("scans run").register(metrics);
    ticker.scheduleWithFixedDelay(
        this::tick, pollEvery.toMillis(), pollEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Looks for work now (after a scan was requested), instead of at the next tick. */
  public void wake() {
    ticker.execute(this::tick);
  }

  /** How many scans this process is running. */
  public int running() {
    return active.size();
  }

  private void tick() {
    try {
      long now = clock.millis();
      for (Long id : active) {
        repositories.renewClaim(id, node, now);
      }
      int free = threads - active.size();
      if (free <= 0) {
        return;
      }
      long staleBefore = now - lease.toMillis();
      for (long id : repositories.due(now, staleBefore, free)) {
        if (repositories.claim(id, node, now, staleBefore)) {
          active.add(id);
          pool.execute(() -> scan(id));
        }
      }
    } catch (RuntimeException e) {
      log.error("scan-poll-failed", "reason", e.getMessage());
    }
  }

  private void scan(long id) {
    long started = clock.millis();
    long runId = -1;
    try {
      Optional<RegisteredRepository> found = repositories.findById(id);
      if (found.isEmpty()) {
        return;
      }
      RegisteredRepository repository = found.get();
      runId = reports.startRun(id, node, started);
      log.info("scan-started", "repository", repository.name(), "node", node);
      Timer.Sample sample = Timer.start(metrics);
      // The project of a repository's events is its name; they come before tags in the metrics.
      DeliveryOptions delivery =
          DeliveryOptions.defaults()
              .withReceived(DeliveryEvent.forMetrics(events.events(repository.name())));
      Report report =
          scanner.scan(
              new ScanRequest(
                  SnapshotRequest.of(repository.location()),
                  null,
                  ScanRequest.Progress.NONE,
                  delivery));
      StringWriter json = new StringWriter();
      new JsonReportRenderer().render(report, json);
      long finished = clock.millis();
      StringWriter html = new StringWriter();
      new HtmlReportRenderer(
              RenderOptions.plain(),
              ReportTrend.of(
                  reports.recentReports(id, ReportTrend.REPORTS),
                  ReportTrend.point(report, java.time.Instant.ofEpochMilli(finished))))
          .render(report, html);
      long reportId =
          reports.saveScan(
              id,
              node,
              runId,
              started,
              finished,
              report.repository().revision(),
              ReportDigest.of(report),
              json.toString(),
              html.toString());
      sample.stop(scanTimer);
      log.info(
          "scan-finished",
          "repository",
          repository.name(),
          "report",
          reportId,
          "score",
          report.summary().score(),
          "ms",
          clock.millis() - started);
    } catch (IOException e) {
      fail(id, runId, started, new UncheckedIOException(e));
    } catch (RuntimeException e) {
      fail(id, runId, started, e);
    } finally {
      active.remove(id);
    }
  }

  private void fail(long id, long runId, long started, RuntimeException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    log.warn("scan-failed", "repositoryId", id, "reason", reason);
    metrics.counter("shipshape.scans.failed").increment();
    try {
      reports.failScan(id, node, runId, started, clock.millis(), reason);
    } catch (RuntimeException again) {
      log.error("scan-failure-not-recorded", "repositoryId", id, "reason", again.getMessage());
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "shipshape-" + prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
