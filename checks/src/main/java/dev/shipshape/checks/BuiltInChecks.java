package dev.shipshape.checks;

import dev.shipshape.checks.agile.IntegrationFrequencyCheck;
import dev.shipshape.checks.cicd.PipelineAsCodeCheck;
import dev.shipshape.checks.cicd.TestsInPipelineCheck;
import dev.shipshape.checks.versioncontrol.BacklogLinkageCheck;
import java.util.List;

/** Every built-in check, one line each, sorted by id (a test keeps it sorted). */
public final class BuiltInChecks {
  private BuiltInChecks() {}

  public static List<Check> all() {
    return List.of(
        new IntegrationFrequencyCheck(), // agile-lean/integration-frequency
        new PipelineAsCodeCheck(), // ci-cd/pipeline-as-code
        new TestsInPipelineCheck(), // ci-cd/tests-in-pipeline
        new BacklogLinkageCheck() // version-control/backlog-linkage
        );
  }
}
