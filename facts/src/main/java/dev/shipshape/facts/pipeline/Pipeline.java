package dev.shipshape.facts.pipeline;

import java.util.List;

/** A pipeline definition of one CI system (its inventory word) in its canonical place. */
public record Pipeline(String system, String path, List<PipelineJob> jobs) {
  public Pipeline {
    jobs = List.copyOf(jobs);
  }

  /** A located step, for evidence. */
  public record Located(Pipeline pipeline, PipelineJob job, PipelineStep step) {}

  public List<Located> steps() {
    return jobs.stream()
        .flatMap(j -> j.steps().stream().map(s -> new Located(this, j, s)))
        .toList();
  }
}
