package dev.shipshape.facts.pipeline;

import java.util.List;
import java.util.Set;

/**
 * A job of a pipeline with the triggers that start it and its steps. {@code environment} is the
 * deployment environment the job targets as written (GitHub/GitLab {@code environment:}, an Azure
 * deployment job, a Bitbucket {@code deployment:}), null when none; {@code gated} is true when a
 * person must start or approve it (GitLab {@code when: manual}, a CircleCI approval, a Bitbucket
 * {@code trigger: manual}); {@code permissionsLine} is the line of its {@code permissions:} (0 when
 * none).
 */
public record PipelineJob(
    String name,
    Set<Trigger> triggers,
    List<PipelineStep> steps,
    int line,
    String environment,
    boolean gated,
    int permissionsLine) {
  public PipelineJob {
    triggers = Set.copyOf(triggers);
    steps = List.copyOf(steps);
  }

  public PipelineJob(String name, Set<Trigger> triggers, List<PipelineStep> steps, int line) {
    this(name, triggers, steps, line, null, false, 0);
  }

  public boolean onChange() {
    return triggers.stream().anyMatch(Trigger::onChange);
  }
}
