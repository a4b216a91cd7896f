package dev.shipshape.checks.testing;

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
    id = "automated-testing/tests-with-changes",
    practice = Practice.AUTOMATED_TESTING,
    title = "Changes to code come with tests",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Red, green, refactor: commit the test with the change it covers, in the same commit or"
            + " pull request.")
public final class TestsWithChangesCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    FlowMetrics.TestsWithChanges t = facts.delivery().flow().testsWithChanges();
    if (t.ratio() == null) {
      return Outcome.notApplicable("no commit in the window changed production code");
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            t.withTests()
                + " of "
                + t.changes()
                + " non-merge commits changing production code also changed test code"));
    t.without()
        .forEach(c -> evidence.add(Evidence.commit(c.id(), "no test change: " + c.subject())));
    return Outcome.score(
        (int) Math.round(10 * t.ratio()),
        Math.round(t.ratio() * 100) + " % of code changes touch tests.",
        evidence);
  }
}
