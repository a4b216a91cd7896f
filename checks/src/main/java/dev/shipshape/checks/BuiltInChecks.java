package dev.shipshape.checks;

import dev.shipshape.checks.agile.IntegrationFrequencyCheck;
import dev.shipshape.checks.agile.ReleaseCadenceCheck;
import dev.shipshape.checks.agile.SmallBatchesCheck;
import dev.shipshape.checks.agile.WorkInProgressCheck;
import dev.shipshape.checks.cicd.AutomatedDeploymentCheck;
import dev.shipshape.checks.cicd.EnvironmentPromotionCheck;
import dev.shipshape.checks.cicd.PipelineAsCodeCheck;
import dev.shipshape.checks.cicd.PipelineHygieneCheck;
import dev.shipshape.checks.cicd.ReproducibleBuildsCheck;
import dev.shipshape.checks.cicd.TestsInPipelineCheck;
import dev.shipshape.checks.collaboration.ContributingCheck;
import dev.shipshape.checks.collaboration.DecisionRecordsCheck;
import dev.shipshape.checks.collaboration.KnowledgeSpreadCheck;
import dev.shipshape.checks.collaboration.OwnershipCheck;
import dev.shipshape.checks.collaboration.ReadmeCheck;
import dev.shipshape.checks.iac.ContainerHygieneCheck;
import dev.shipshape.checks.iac.DefinedAsCodeCheck;
import dev.shipshape.checks.iac.EnvironmentParityCheck;
import dev.shipshape.checks.iac.StateHygieneCheck;
import dev.shipshape.checks.iac.ValidatedInPipelineCheck;
import dev.shipshape.checks.learning.KeepingCurrentCheck;
import dev.shipshape.checks.learning.LivingDocsCheck;
import dev.shipshape.checks.learning.PostIncidentReviewsCheck;
import dev.shipshape.checks.monitoring.AlertsAndSlosCheck;
import dev.shipshape.checks.monitoring.DeploymentEventsCheck;
import dev.shipshape.checks.monitoring.HealthChecksCheck;
import dev.shipshape.checks.monitoring.MetricsAndTracingCheck;
import dev.shipshape.checks.monitoring.StructuredLoggingCheck;
import dev.shipshape.checks.operations.OneTeamOwnershipCheck;
import dev.shipshape.checks.operations.RunbooksCheck;
import dev.shipshape.checks.operations.SafeReleaseCheck;
import dev.shipshape.checks.security.DependencyUpdatesCheck;
import dev.shipshape.checks.security.LicenseCheck;
import dev.shipshape.checks.security.SecretsCheck;
import dev.shipshape.checks.security.SecurityPolicyCheck;
import dev.shipshape.checks.security.SupplyChainCheck;
import dev.shipshape.checks.security.ThreatModelCheck;
import dev.shipshape.checks.security.VulnerabilityScanningCheck;
import dev.shipshape.checks.testing.AccessibilityTestingCheck;
import dev.shipshape.checks.testing.CoverageCheck;
import dev.shipshape.checks.testing.EndToEndCheck;
import dev.shipshape.checks.testing.ExecutableSpecificationsCheck;
import dev.shipshape.checks.testing.PerformanceTestingCheck;
import dev.shipshape.checks.testing.SecurityTestingCheck;
import dev.shipshape.checks.testing.TestsWithChangesCheck;
import dev.shipshape.checks.testing.UnitTestsCheck;
import dev.shipshape.checks.versioncontrol.BacklogLinkageCheck;
import dev.shipshape.checks.versioncontrol.CleanTreeCheck;
import dev.shipshape.checks.versioncontrol.HistoryCheck;
import dev.shipshape.checks.versioncontrol.PeerReviewCheck;
import dev.shipshape.checks.versioncontrol.TrunkBasedCheck;
import java.util.List;

/** Every built-in check, one line each, sorted by id (a test keeps it sorted). */
public final class BuiltInChecks {
  private BuiltInChecks() {}

  public static List<Check> all() {
    return List.of(
        new IntegrationFrequencyCheck(), // agile-lean/integration-frequency
        new ReleaseCadenceCheck(), // agile-lean/release-cadence
        new SmallBatchesCheck(), // agile-lean/small-batches
        new WorkInProgressCheck(), // agile-lean/work-in-progress
        new AccessibilityTestingCheck(), // automated-testing/accessibility-testing
        new CoverageCheck(), // automated-testing/coverage
        new EndToEndCheck(), // automated-testing/end-to-end
        new ExecutableSpecificationsCheck(), // automated-testing/executable-specifications
        new PerformanceTestingCheck(), // automated-testing/performance-testing
        new SecurityTestingCheck(), // automated-testing/security-testing
        new TestsWithChangesCheck(), // automated-testing/tests-with-changes
        new UnitTestsCheck(), // automated-testing/unit-tests
        new AutomatedDeploymentCheck(), // ci-cd/automated-deployment
        new EnvironmentPromotionCheck(), // ci-cd/environment-promotion
        new PipelineAsCodeCheck(), // ci-cd/pipeline-as-code
        new PipelineHygieneCheck(), // ci-cd/pipeline-hygiene
        new ReproducibleBuildsCheck(), // ci-cd/reproducible-builds
        new TestsInPipelineCheck(), // ci-cd/tests-in-pipeline
        new ContributingCheck(), // collaboration/contributing
        new DecisionRecordsCheck(), // collaboration/decision-records
        new KnowledgeSpreadCheck(), // collaboration/knowledge-spread
        new OwnershipCheck(), // collaboration/ownership
        new ReadmeCheck(), // collaboration/readme
        new KeepingCurrentCheck(), // continuous-learning/keeping-current
        new LivingDocsCheck(), // continuous-learning/living-docs
        new PostIncidentReviewsCheck(), // continuous-learning/post-incident-reviews
        new ContainerHygieneCheck(), // infrastructure-as-code/container-hygiene
        new DefinedAsCodeCheck(), // infrastructure-as-code/defined-as-code
        new EnvironmentParityCheck(), // infrastructure-as-code/environment-parity
        new StateHygieneCheck(), // infrastructure-as-code/state-hygiene
        new ValidatedInPipelineCheck(), // infrastructure-as-code/validated-in-pipeline
        new AlertsAndSlosCheck(), // monitoring-logging/alerts-and-slos
        new DeploymentEventsCheck(), // monitoring-logging/deployment-events
        new HealthChecksCheck(), // monitoring-logging/health-checks
        new MetricsAndTracingCheck(), // monitoring-logging/metrics-and-tracing
        new StructuredLoggingCheck(), // monitoring-logging/structured-logging
        new OneTeamOwnershipCheck(), // operations/one-team-ownership
        new RunbooksCheck(), // operations/runbooks
        new SafeReleaseCheck(), // operations/safe-release
        new DependencyUpdatesCheck(), // security-compliance/dependency-updates
        new LicenseCheck(), // security-compliance/license
        new SecretsCheck(), // security-compliance/secrets
        new SecurityPolicyCheck(), // security-compliance/security-policy
        new SupplyChainCheck(), // security-compliance/supply-chain
        new ThreatModelCheck(), // security-compliance/threat-model
        new VulnerabilityScanningCheck(), // security-compliance/vulnerability-scanning
        new BacklogLinkageCheck(), // version-control/backlog-linkage
        new CleanTreeCheck(), // version-control/clean-tree
        new HistoryCheck(), // version-control/history
        new PeerReviewCheck(), // version-control/peer-review
        new TrunkBasedCheck() // version-control/trunk-based
        );
  }
}
