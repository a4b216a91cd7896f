package dev.shipshape.facts.pipeline;

import java.util.Map;

/**
 * One step of a job: a shell command ({@link Kind#RUN}), a reusable action or task ({@link
 * Kind#USES}: a GitHub action, an Azure task, a CircleCI orb command), or a container image. {@code
 * inputs} are the scalar inputs of an action or task ({@code with:}, {@code inputs:}), empty
 * otherwise.
 */
public record PipelineStep(Kind kind, String text, int line, Map<String, String> inputs) {
  public enum Kind {
    RUN,
    USES,
    IMAGE
  }

  public PipelineStep {
    inputs = Map.copyOf(inputs);
  }

  public PipelineStep(Kind kind, String text, int line) {
    this(kind, text, line, Map.of());
  }
}
