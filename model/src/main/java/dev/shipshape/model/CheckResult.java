package dev.shipshape.model;

import java.util.List;

/**
 * The result of one check. {@code score} is 0–10 when {@link Status#scored()}, else null; {@code
 * reason} says why not-applicable, exempt or error; {@code remediation} is null at full marks.
 */
public record CheckResult(
    String id,
    String title,
    Status status,
    Integer score,
    int weight,
    String summary,
    String reason,
    List<Evidence> evidence,
    String remediation) {

  public CheckResult {
    evidence = List.copyOf(evidence);
    if (status.scored() != (score != null)) {
      throw new IllegalArgumentException(id + ": status " + status.id() + " with score " + score);
    }
  }

  public String practiceId() {
    return id.substring(0, id.indexOf('/'));
  }
}
