package dev.shipshape.facts.pipeline;

import java.util.Map;

/**
 * One step of a job: a shell command ({@link Kind#RUN}), a reusable action or task ({@link
 * Kind#USES}: a GitHub action, an Azure task, a CircleCI orb command), or a container image. {@code
 * inputs} are the scalar inputs of an action or task ({@code with:}, {@code inputs:}), empty
 * otherwise. {@code folder} is the working directory the system declares for the step, relative to
 * the repository's root: {@code ""} for the root, and when it is not declared or cannot be known
 * (an expression, a path outside the repository).
 */
public record PipelineStep(
    Kind kind, String text, int line, Map<String, String> inputs, String folder) {
  public enum Kind {
    RUN,
    USES,
    IMAGE
  }

  public PipelineStep {
    inputs = Map.copyOf(inputs);
    folder = folder == null ? "" : folder;
  }

  public PipelineStep(Kind kind, String text, int line, Map<String, String> inputs) {
    this(kind, text, line, inputs, "");
  }

  public PipelineStep(Kind kind, String text, int line) {
    this(kind, text, line, Map.of());
  }
}
