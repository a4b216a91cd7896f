package dev.shipshape.checks.learning;

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
    id = "continuous-learning/living-docs",
    practice = Practice.CONTINUOUS_LEARNING,
    title = "Docs change alongside the code",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Update the docs or the changelog in the same pull request as the change (or generate"
            + " release notes with release-please, semantic-release, changesets or git-cliff).")
public final class LivingDocsCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    FlowMetrics.LivingDocs docs = facts.delivery().flow().livingDocs();
    if (docs.ratio() == null) {
      return Outcome.notApplicable("no commit in the window changed production code");
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            docs.documented().size()
                + " of "
                + docs.active().size()
                + " months (UTC) with code changes also changed docs or a changelog"));
    List<String> missing = new ArrayList<>(docs.active());
    missing.removeAll(docs.documented());
    if (!missing.isEmpty()) {
      evidence.add(
          Evidence.note(
              "months without: "
                  + String.join(", ", missing.subList(0, Math.min(6, missing.size())))));
    }
    return Outcome.score(
        (int) Math.round(10 * docs.ratio()),
        Math.round(docs.ratio() * 100) + " % of active months kept docs current.",
        evidence);
  }
}
