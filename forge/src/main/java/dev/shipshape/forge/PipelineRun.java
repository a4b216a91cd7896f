package dev.shipshape.forge;

import java.time.Duration;
import java.time.Instant;

/**
 * One CI run on the default branch: a GitHub Actions workflow run or a GitLab pipeline. {@code
 * attempt} is above 1 for a run started again (GitHub's run attempt; GitLab: a later pipeline of a
 * commit that already had one).
 */
public record PipelineRun(
    String id,
    String workflow,
    String commit,
    String event,
    Outcome outcome,
    Instant startedAt,
    Instant finishedAt,
    int attempt) {

  /** How a run ended, in the words both forges share. */
  public enum Outcome {
    SUCCESS,
    FAILURE,
    CANCELLED,
    RUNNING,
    OTHER
  }

  /** Wall time of a finished run, or null. */
  public Duration duration() {
    return startedAt == null || finishedAt == null || outcome == Outcome.RUNNING
        ? null
        : Duration.between(startedAt, finishedAt);
  }
}
