package dev.shipshape.checks;

import dev.shipshape.checks.agile.IntegrationFrequencyCheck;
import dev.shipshape.checks.agile.ReleaseCadenceCheck;
import dev.shipshape.checks.agile.SmallBatchesCheck;
import dev.shipshape.checks.agile.WorkInProgressCheck;
import dev.shipshape.checks.cicd.PipelineAsCodeCheck;
import dev.shipshape.checks.cicd.TestsInPipelineCheck;
import dev.shipshape.checks.collaboration.KnowledgeSpreadCheck;
import dev.shipshape.checks.learning.KeepingCurrentCheck;
import dev.shipshape.checks.learning.LivingDocsCheck;
import dev.shipshape.checks.testing.TestsWithChangesCheck;
import dev.shipshape.checks.versioncontrol.BacklogLinkageCheck;
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
        new TestsWithChangesCheck(), // automated-testing/tests-with-changes
        new PipelineAsCodeCheck(), // ci-cd/pipeline-as-code
        new TestsInPipelineCheck(), // ci-cd/tests-in-pipeline
        new KnowledgeSpreadCheck(), // collaboration/knowledge-spread
        new KeepingCurrentCheck(), // continuous-learning/keeping-current
        new LivingDocsCheck(), // continuous-learning/living-docs
        new BacklogLinkageCheck(), // version-control/backlog-linkage
        new PeerReviewCheck(), // version-control/peer-review
        new TrunkBasedCheck() // version-control/trunk-based
        );
  }
}
