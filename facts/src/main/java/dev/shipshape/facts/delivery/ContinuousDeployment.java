package dev.shipshape.facts.delivery;

import dev.shipshape.facts.inventory.InventoryFacts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.PipelineJob;
import dev.shipshape.facts.pipeline.PipelineStep;
import dev.shipshape.facts.pipeline.Trigger;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import java.util.List;

/**
 * Whether the pipeline deploys on every push: a job started by a push whose steps include a deploy
 * step of the inventory's {@code deploy} list — publishing a package does not count. Then every
 * landing on the default branch is a deployment.
 */
public final class ContinuousDeployment {
  private ContinuousDeployment() {}

  /** The deploy step that runs on push, or null. */
  public static Evidence detect(List<Pipeline> pipelines, InventoryFacts inventory) {
    for (String word : inventory.inventory().get(InventoryCategory.DEPLOY)) {
      if ("package-registry".equals(word)) {
        continue;
      }
      for (Evidence e : inventory.evidence(InventoryCategory.DEPLOY, word)) {
        if (e.path() == null || e.line() == null) {
          continue;
        }
        for (Pipeline p : pipelines) {
          if (!p.path().equals(e.path())) {
            continue;
          }
          for (PipelineJob job : p.jobs()) {
            if (!job.triggers().contains(Trigger.PUSH)) {
              continue;
            }
            for (PipelineStep step : job.steps()) {
              if (step.line() == e.line()) {
                return Evidence.line(e.path(), e.line(), word + " deploy step runs on push");
              }
            }
          }
        }
      }
    }
    return null;
  }
}
