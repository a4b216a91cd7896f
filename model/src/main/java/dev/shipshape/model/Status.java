package dev.shipshape.model;

/** The status of one check, as the report spells it. */
public enum Status {
  PASS("pass"),
  PARTIAL("partial"),
  FAIL("fail"),
  NOT_APPLICABLE("not-applicable"),
  EXEMPT("exempt"),
  ERROR("error");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether the check has a score that counts towards its practice. */
  public boolean scored() {
    return this == PASS || this == PARTIAL || this == FAIL;
  }

  /** pass ≥ 8, partial 3–7, fail < 3 (CATALOGUE.md). */
  public static Status ofScore(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("score out of range 0-10: " + score);
    }
    return score >= 8 ? PASS : score >= 3 ? PARTIAL : FAIL;
  }
}
