package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.checks.PipelineEvidence;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "automated-testing/security-testing",
    practice = Practice.AUTOMATED_TESTING,
    title = "Security is tested in the pipeline: static analysis, and dynamic scans of services",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Run static security analysis in the pipeline (CodeQL, Semgrep, Sonar, Bandit, gosec),"
            + " and for a service a dynamic scan too (OWASP ZAP baseline).")
public final class SecurityTestingCheck implements Check {
  static final int SAST_IN_PIPELINE = 7;
  static final int CONFIGURED_ONLY = 4;

  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> sastRun =
        new ArrayList<>(PipelineEvidence.inPipeline(facts, InventoryCategory.TESTS, "sast"));
    List<Evidence> sastConfigured =
        new ArrayList<>(PipelineEvidence.configured(facts, InventoryCategory.TESTS, "sast"));
    if (facts.infrastructureCode()) {
      // checkov, tfsec and the like are the static analysis of infrastructure code
      sastRun.addAll(PipelineEvidence.inPipeline(facts, InventoryCategory.TESTS, "iac-scan"));
      sastConfigured.addAll(
          PipelineEvidence.configured(facts, InventoryCategory.TESTS, "iac-scan"));
    }
    List<Evidence> dastRun = PipelineEvidence.inPipeline(facts, InventoryCategory.TESTS, "dast");
    List<Evidence> dastConfigured =
        PipelineEvidence.configured(facts, InventoryCategory.TESTS, "dast");
    // nothing runs to scan dynamically in a library or a module of infrastructure code
    boolean dastApplies = facts.kind() == RepositoryKind.SERVICE;
    List<Evidence> evidence = new ArrayList<>();
    sastRun.stream().limit(3).forEach(evidence::add);
    dastRun.stream().limit(3).forEach(evidence::add);
    if (!sastRun.isEmpty() && (!dastRun.isEmpty() || !dastApplies)) {
      return Outcome.score(
          10,
          dastApplies
              ? "Static and dynamic security testing run in the pipeline."
              : "Static security analysis runs in the pipeline.",
          evidence);
    }
    if (!sastRun.isEmpty() || !dastRun.isEmpty()) {
      dastConfigured.stream().limit(2).forEach(evidence::add);
      return Outcome.score(
              SAST_IN_PIPELINE,
              (sastRun.isEmpty() ? "Dynamic" : "Static")
                  + " security testing runs in the pipeline; "
                  + (sastRun.isEmpty() ? "static analysis" : "a dynamic scan")
                  + " does not.",
              evidence)
          .withRemediation(
              sastRun.isEmpty()
                  ? "Add static security analysis to the pipeline (CodeQL, Semgrep, Sonar)."
                  : "Add a dynamic scan of the running service to the pipeline (OWASP ZAP baseline, Nuclei).");
    }
    List<Evidence> configured = new ArrayList<>(sastConfigured);
    configured.addAll(dastConfigured);
    if (!configured.isEmpty()) {
      return Outcome.score(
              CONFIGURED_ONLY,
              "Security tools are configured but the pipeline does not run them.",
              configured.subList(0, Math.min(5, configured.size())))
          .withRemediation("Run the configured security analysis in the pipeline on every change.");
    }
    return Outcome.score(0, "No static or dynamic security testing.");
  }
}
