package dev.shipshape.checks.agile;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.delivery.FlowMetrics;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "agile-lean/small-batches",
    practice = Practice.AGILE_LEAN,
    title = "Changes land in small batches",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Land changes of at most ~100 lines: split refactoring from behaviour, and large features"
            + " into steps behind a flag.")
public final class SmallBatchesCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    FlowMetrics.BatchSizes batches = facts.delivery().flow().batchSizes();
    Double median = batches.median();
    if (median == null) {
      return Outcome.notApplicable("no change landed on the analysed branch in the window");
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            "median "
                + Math.round(median)
                + " lines added + deleted per change over "
                + batches.lines().size()
                + " landings (merges against their first parent); p90 "
                + Math.round(batches.p90())));
    batches.byCommit().entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .limit(3)
        .forEach(e -> evidence.add(Evidence.commit(e.getKey(), e.getValue() + " lines")));
    return Outcome.score(
        score(median), "Median change: " + Math.round(median) + " lines.", evidence);
  }

  /** ≤ 100 lines 10, ≤ 200 8, ≤ 400 6, ≤ 700 4, ≤ 1000 2, more 1. */
  static int score(double median) {
    return median <= 100
        ? 10
        : median <= 200 ? 8 : median <= 400 ? 6 : median <= 700 ? 4 : median <= 1000 ? 2 : 1;
  }
}
