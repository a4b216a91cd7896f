package dev.shipshape.facts.pipeline;

/**
 * One step of a job: a shell command ({@link Kind#RUN}), a reusable action or task ({@link
 * Kind#USES}: a GitHub action, an Azure task, a CircleCI orb command), or a container image.
 */
public record PipelineStep(Kind kind, String text, int line) {
  public enum Kind {
    RUN,
    USES,
    IMAGE
  }
}
