package dev.shipshape.facts.history;

import dev.shipshape.repository.CommitInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Integration figures of the window from the landings on the analysed branch: landings per week and
 * the share of ISO weeks (UTC) with at least one landing.
 */
public record FlowFigures(
    int landings,
    double weeks,
    double perWeek,
    double weeksWithLandingRatio,
    int activeContributors) {

  /** Null when history is unknown or the window is empty. */
  public static FlowFigures of(HistoryFacts history) {
    if (!history.known() || history.commits().isEmpty()) {
      return null;
    }
    Instant until = history.window().until();
    // from the first commit when the repository is younger than the window
    Instant since = history.start();
    List<CommitInfo> commits = history.commits();
    double weeks = Math.max(1.0, Duration.between(since, until).toHours() / (24.0 * 7));
    List<CommitInfo> landings = history.landings();
    Set<Long> weeksWithLanding = new HashSet<>();
    for (CommitInfo c : landings) {
      weeksWithLanding.add(isoWeek(c.commitTime()));
    }
    long allWeeks = isoWeek(until) - isoWeek(since) + 1;
    Set<String> authors = new HashSet<>();
    commits.forEach(c -> authors.add(c.authorEmail().toLowerCase(Locale.ROOT)));
    return new FlowFigures(
        landings.size(),
        weeks,
        landings.size() / weeks,
        (double) weeksWithLanding.size() / allWeeks,
        authors.size());
  }

  /**
   * The ISO week (Monday to Sunday, UTC) as a running number: day 0 of the epoch, 1970-01-01, was a
   * Thursday, so weeks counted from the Monday three days before it line up with ISO weeks.
   */
  static long isoWeek(Instant t) {
    long epochDay = Math.floorDiv(t.getEpochSecond(), 86_400L);
    return Math.floorDiv(epochDay + 3, 7);
  }
}
