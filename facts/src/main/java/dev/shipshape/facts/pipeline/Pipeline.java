package dev.shipshape.facts.pipeline;

import java.util.List;
import java.util.Set;

/**
 * A pipeline definition of one CI system (its inventory word) in its canonical place. {@code
 * events} are the trigger events as written (GitHub's {@code pull_request_target}, …), empty where
 * the system does not name them; {@code permissionsLine} is the line of a top-level {@code
 * permissions:} (0 when there is none).
 */
public record Pipeline(
    String system, String path, List<PipelineJob> jobs, Set<String> events, int permissionsLine) {
  public Pipeline {
    jobs = List.copyOf(jobs);
    events = Set.copyOf(events);
  }

  public Pipeline(String system, String path, List<PipelineJob> jobs) {
    this(system, path, jobs, Set.of(), 0);
  }

  /** A located step, for evidence. */
  public record Located(Pipeline pipeline, PipelineJob job, PipelineStep step) {}

  public List<Located> steps() {
    return jobs.stream()
        .flatMap(j -> j.steps().stream().map(s -> new Located(this, j, s)))
        .toList();
  }
}
