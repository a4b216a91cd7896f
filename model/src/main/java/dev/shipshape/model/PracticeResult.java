package dev.shipshape.model;

import java.util.List;

/** One practice: its score 0–100 (null when no check applies), level 0–4 and its checks. */
public record PracticeResult(
    String id, String title, Integer score, int level, List<CheckResult> checks) {

  public PracticeResult {
    checks = List.copyOf(checks);
  }

  /** Level 0–4: score < 20, < 40, < 60, < 80, ≥ 80 (REPORT-CONTRACT.md); 0 when unscored. */
  public static int levelOf(Integer score) {
    if (score == null) {
      return 0;
    }
    return score >= 80 ? 4 : score >= 60 ? 3 : score >= 40 ? 2 : score >= 20 ? 1 : 0;
  }
}
