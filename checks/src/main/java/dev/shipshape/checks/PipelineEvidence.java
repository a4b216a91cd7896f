package dev.shipshape.checks;

import dev.shipshape.facts.Facts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits an inventory word's evidence into what the pipeline runs and what is only configured:
 * evidence in one of the repository's own pipeline files was found in a step that runs.
 */
public final class PipelineEvidence {
  private PipelineEvidence() {}

  public static List<Evidence> inPipeline(Facts facts, InventoryCategory category, String word) {
    Set<String> pipelines = pipelinePaths(facts);
    return facts.inventory().evidence(category, word).stream()
        .filter(e -> e.path() != null && pipelines.contains(e.path()))
        .toList();
  }

  public static List<Evidence> configured(Facts facts, InventoryCategory category, String word) {
    Set<String> pipelines = pipelinePaths(facts);
    return facts.inventory().evidence(category, word).stream()
        .filter(e -> e.path() == null || !pipelines.contains(e.path()))
        .toList();
  }

  private static Set<String> pipelinePaths(Facts facts) {
    return facts.pipelines().stream().map(Pipeline::path).collect(Collectors.toSet());
  }
}
