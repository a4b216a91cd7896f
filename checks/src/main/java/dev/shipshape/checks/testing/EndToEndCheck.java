package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.checks.PipelineEvidence;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "automated-testing/end-to-end",
    practice = Practice.AUTOMATED_TESTING,
    title = "End-to-end tests exercise the product as a user would, in the pipeline",
    weight = 2,
    appliesTo = {SERVICE, SITE},
    remediation =
        "Add an end-to-end suite (Playwright, Cypress, Selenium, Karate or Gherkin features) and"
            + " run it in the pipeline.")
public final class EndToEndCheck implements Check {
  static final int PRESENT = 6;

  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> run = PipelineEvidence.inPipeline(facts, InventoryCategory.TESTS, "e2e");
    List<Evidence> present =
        new ArrayList<>(PipelineEvidence.configured(facts, InventoryCategory.TESTS, "e2e"));
    present.addAll(PipelineEvidence.configured(facts, InventoryCategory.TESTS, "bdd"));
    if (!run.isEmpty()) {
      List<Evidence> evidence = new ArrayList<>(run.subList(0, Math.min(5, run.size())));
      present.stream().limit(3).forEach(evidence::add);
      return Outcome.score(10, "End-to-end tests run in the pipeline.", evidence);
    }
    if (!present.isEmpty()) {
      return Outcome.score(
              PRESENT,
              "End-to-end tests exist, but the pipeline does not run them.",
              present.subList(0, Math.min(5, present.size())))
          .withRemediation(
              "Run the end-to-end suite in the pipeline (e.g. `npx playwright test` in a job after the build).");
    }
    return Outcome.score(0, "No end-to-end tests.");
  }
}
