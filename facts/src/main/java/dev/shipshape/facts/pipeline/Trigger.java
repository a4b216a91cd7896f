package dev.shipshape.facts.pipeline;

/** What starts a pipeline job. PUSH and PULL_REQUEST mean "on every change". */
public enum Trigger {
  PUSH,
  PULL_REQUEST,
  TAG,
  SCHEDULE,
  MANUAL,
  OTHER;

  public boolean onChange() {
    return this == PUSH || this == PULL_REQUEST;
  }
}
