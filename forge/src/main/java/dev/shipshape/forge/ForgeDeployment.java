package dev.shipshape.forge;

import java.time.Instant;

/**
 * A deployment the forge records (GitHub Deployments and their statuses, GitLab deployments): the
 * environment, the commit, when it was created and when it reached a final state.
 */
public record ForgeDeployment(
    String id,
    String environment,
    String commit,
    Instant createdAt,
    Instant finishedAt,
    State state,
    String nodeId) {

  public enum State {
    SUCCESS,
    FAILURE,
    PENDING,
    CANCELLED
  }

  public boolean finished() {
    return state == State.SUCCESS || state == State.FAILURE || state == State.CANCELLED;
  }
}
