package dev.shipshape.facts.pipeline;

import java.util.List;
import java.util.Set;

/** A job of a pipeline with the triggers that start it and its steps. */
public record PipelineJob(String name, Set<Trigger> triggers, List<PipelineStep> steps, int line) {
  public PipelineJob {
    triggers = Set.copyOf(triggers);
    steps = List.copyOf(steps);
  }

  public boolean onChange() {
    return triggers.stream().anyMatch(Trigger::onChange);
  }
}
