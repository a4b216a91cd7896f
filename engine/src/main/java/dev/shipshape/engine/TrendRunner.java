package dev.shipshape.engine;

import dev.shipshape.facts.Facts;
import dev.shipshape.facts.FactsBuilder;
import dev.shipshape.facts.config.RepositoryConfig;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.model.Trend;
import dev.shipshape.model.Window;
import dev.shipshape.repository.BackgroundWork;
import dev.shipshape.repository.CommitInfo;
import dev.shipshape.repository.Repositories;
import dev.shipshape.repository.Snapshot;
import dev.shipshape.repository.SnapshotRequest;
import dev.shipshape.repository.WindowSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the assessment at the last commit of each period (week, month or quarter, in UTC) of the
 * analysed branch, reading each tree from the object database — nothing is checked out — with the
 * delivery metrics of that period.
 */
public final class TrendRunner {
  /** Points assessed at once. */
  private static final int THREADS = 2;

  /** How long a period is. */
  public enum Every {
    WEEK,
    MONTH,
    QUARTER;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    LocalDate startOf(LocalDate d) {
      return switch (this) {
        case WEEK -> d.minusDays(d.getDayOfWeek().getValue() - 1L);
        case MONTH -> d.withDayOfMonth(1);
        case QUARTER ->
            d.withDayOfMonth(1).withMonth(((d.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3) + 1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
        case QUARTER -> start.plusMonths(3);
      };
    }
  }

  private final Scanner scanner;

  public TrendRunner(Scanner scanner) {
    this.scanner = scanner;
  }

  /** The trend over {@code request}'s window (whose end defaults to the revision's commit time). */
  public Trend run(
      SnapshotRequest request, Every every, ScanConfig config, ScanRequest.Progress progress) {
    progress.phase("reading " + request.location());
    try (Snapshot base = Repositories.open(request)) {
      if (!base.history().known()) {
        throw new dev.shipshape.repository.RepositoryException(
            "a trend needs git history: " + request.location() + " is not a git repository");
      }
      Window range = request.window().resolve(base.info().revisionTime());
      Instant since = range.since() != null ? range.since() : oldest(base.history().commits());
      List<CommitInfo> landings = firstParentChain(base);
      record Period(Instant start, Instant end, Instant windowEnd, CommitInfo last) {}
      List<Period> periods = new ArrayList<>();
      LocalDate start = every.startOf(since.atZone(ZoneOffset.UTC).toLocalDate());
      while (!start.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(range.until())) {
        Instant periodStart = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate nextStart = every.next(start);
        Instant periodEnd = nextStart.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant windowEnd =
            periodEnd.isAfter(range.until())
                ? range.until()
                : periodEnd.minus(1, ChronoUnit.SECONDS);
        CommitInfo last = lastBefore(landings, windowEnd);
        if (last != null) {
          periods.add(new Period(periodStart, periodEnd, windowEnd, last));
        }
        start = nextStart;
      }
      // Points are independent: assess them on both cores (each reads its own tree and history).
      ExecutorService pool =
          Executors.newFixedThreadPool(
              THREADS,
              r -> {
                Thread t = new Thread(r, "shipshape-trend");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<Trend.Point>> futures = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger done =
            new java.util.concurrent.atomic.AtomicInteger();
        for (Period p : periods) {
          futures.add(
              pool.submit(
                  () -> {
                    WindowSpec window = new WindowSpec(false, p.start(), null, p.windowEnd());
                    try (Snapshot at = base.at(p.last().id(), window)) {
                      // the configuration committed at that point, unless one was given
                      ScanConfig pointConfig =
                          config != null ? config : RepositoryConfig.read(at.tree());
                      Facts facts = FactsBuilder.build(at, window, pointConfig);
                      Trend.Point point =
                          new Trend.Point(p.start(), p.end(), p.last().id(), scanner.assess(facts));
                      progress.phase(
                          "assessed "
                              + done.incrementAndGet()
                              + " of "
                              + periods.size()
                              + " points");
                      return point;
                    }
                  }));
        }
        List<Trend.Point> points = new ArrayList<>();
        for (Future<Trend.Point> f : futures) {
          points.add(BackgroundWork.await(f, "assessing the trend"));
        }
        return new Trend(request.location(), every.id(), points);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static Instant oldest(List<CommitInfo> commits) {
    return commits.isEmpty() ? Instant.EPOCH : commits.get(commits.size() - 1).commitTime();
  }

  /** The analysed branch's first-parent chain within the range, newest first. */
  private static List<CommitInfo> firstParentChain(Snapshot base) {
    java.util.Map<String, CommitInfo> byId = new java.util.HashMap<>();
    base.history().commits().forEach(c -> byId.put(c.id(), c));
    List<CommitInfo> chain = new ArrayList<>();
    CommitInfo c = byId.get(base.info().revision());
    while (c != null) {
      chain.add(c);
      c = c.parents().isEmpty() ? null : byId.get(c.parents().get(0));
    }
    return chain;
  }

  private static CommitInfo lastBefore(List<CommitInfo> newestFirst, Instant end) {
    for (CommitInfo c : newestFirst) {
      if (!c.commitTime().isAfter(end)) {
        return c;
      }
    }
    return null;
  }
}
