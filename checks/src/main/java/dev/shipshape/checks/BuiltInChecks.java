package dev.shipshape.checks;

import dev.shipshape.checks.cicd.PipelineAsCodeCheck;
import dev.shipshape.checks.cicd.TestsInPipelineCheck;
import dev.shipshape.checks.collaboration.ReadmeCheck;
import dev.shipshape.checks.learning.PostIncidentReviewsCheck;
import dev.shipshape.checks.monitoring.HealthChecksCheck;
import dev.shipshape.checks.operations.SafeReleaseCheck;
import dev.shipshape.checks.security.LicenseCheck;
import dev.shipshape.checks.security.SecretsCheck;
import dev.shipshape.checks.security.SecurityPolicyCheck;
import dev.shipshape.checks.versioncontrol.BacklogLinkageCheck;
import java.util.List;

/** Every built-in check, one line each, sorted by id (a test keeps it sorted). */
public final class BuiltInChecks {
  private BuiltInChecks() {}

  public static List<Check> all() {
    return List.of(
        new PipelineAsCodeCheck(), // ci-cd/pipeline-as-code
        new TestsInPipelineCheck(), // ci-cd/tests-in-pipeline
        new ReadmeCheck(), // collaboration/readme
        new PostIncidentReviewsCheck(), // continuous-learning/post-incident-reviews
        new HealthChecksCheck(), // monitoring-logging/health-checks
        new SafeReleaseCheck(), // operations/safe-release
        new LicenseCheck(), // security-compliance/license
        new SecretsCheck(), // security-compliance/secrets
        new SecurityPolicyCheck(), // security-compliance/security-policy
        new BacklogLinkageCheck() // version-control/backlog-linkage
        );
  }
}
