package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
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
    id = "automated-testing/performance-testing",
    practice = Practice.AUTOMATED_TESTING,
    title = "Performance is tested: load tests or benchmarks, run in the pipeline",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY},
    remediation =
        "Add a load test (k6, Gatling, JMeter, Locust) or benchmarks (JMH, Go benchmarks,"
            + " criterion, pytest-benchmark) and run them in the pipeline.")
public final class PerformanceTestingCheck implements Check {
  static final int PRESENT = 6;

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.infrastructureModule()) {
      return Applicability.notForInfrastructureCode(facts);
    }
    List<Evidence> run = PipelineEvidence.inPipeline(facts, InventoryCategory.TESTS, "performance");
    List<Evidence> present =
        PipelineEvidence.configured(facts, InventoryCategory.TESTS, "performance");
    if (!run.isEmpty()) {
      List<Evidence> evidence = new ArrayList<>(run.subList(0, Math.min(5, run.size())));
      present.stream().limit(3).forEach(evidence::add);
      return Outcome.score(10, "Performance tests run in the pipeline.", evidence);
    }
    if (!present.isEmpty()) {
      return Outcome.score(
              PRESENT,
              "Performance tests or benchmarks exist, but the pipeline does not run them.",
              present.subList(0, Math.min(5, present.size())))
          .withRemediation(
              "Run the performance tests in the pipeline (on a schedule or before release) and compare with the last run.");
    }
    return Outcome.score(0, "No load tests or benchmarks.");
  }
}
