package dev.shipshape.checks.collaboration;

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
import java.util.List;

@CheckInfo(
    id = "collaboration/knowledge-spread",
    practice = Practice.COLLABORATION,
    title = "Several people change the code",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Spread knowledge: pair or mob on changes, rotate who reviews and who picks up work in each"
            + " area.")
public final class KnowledgeSpreadCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    FlowMetrics.Contributors c = facts.delivery().flow().contributors();
    if (c.active() == 0) {
      return Outcome.notApplicable("no commits in the window");
    }
    int score = score(c.active(), c.busFactor());
    return Outcome.score(
        score,
        c.active() + " active contributors; bus factor " + c.busFactor() + ".",
        List.of(
            Evidence.note(
                c.active()
                    + " distinct authors of non-merge commits in the window (after .mailmap); the"
                    + " fewest authors behind half of them: "
                    + c.busFactor())));
  }

  /** ≥ 3 authors and bus factor ≥ 2: 10; bus factor ≥ 2: 7; ≥ 3 authors: 5; 2: 3; 1: 1. */
  static int score(int active, int bus) {
    if (bus >= 2) {
      return active >= 3 ? 10 : 7;
    }
    return active >= 3 ? 5 : active == 2 ? 3 : 1;
  }
}
