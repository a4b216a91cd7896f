package dev.shipshape.facts.history;

import dev.shipshape.repository.CommitInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
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
    Set<String> weeksWithLanding = new HashSet<>();
    for (CommitInfo c : landings) {
      weeksWithLanding.add(isoWeek(c.commitTime()));
    }
    Set<String> allWeeks = new HashSet<>();
    for (Instant t = since; !t.isAfter(until); t = t.plus(Duration.ofDays(1))) {
      allWeeks.add(isoWeek(t));
    }
    allWeeks.add(isoWeek(until));
    Set<String> authors = new HashSet<>();
    commits.forEach(c -> authors.add(c.authorEmail().toLowerCase(Locale.ROOT)));
    return new FlowFigures(
        landings.size(),
        weeks,
        landings.size() / weeks,
        (double) weeksWithLanding.size() / allWeeks.size(),
        authors.size());
  }

  static String isoWeek(Instant t) {
    var d = t.atZone(ZoneOffset.UTC).toLocalDate();
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
