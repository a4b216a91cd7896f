package dev.shipshape.checks;

import dev.shipshape.model.Evidence;
import java.util.List;

/** What a check concluded: a score with its evidence, or that it does not apply here. */
public sealed interface Outcome {

  /**
   * A score 0–10 with a one-sentence summary and the evidence. {@code remediation} overrides the
   * check's default next step (null keeps the default; ignored at full marks).
   */
  record Scored(int score, String summary, List<Evidence> evidence, String remediation)
      implements Outcome {
    public Scored {
      if (score < 0 || score > 10) {
        throw new IllegalArgumentException("score out of range 0-10: " + score);
      }
      evidence = List.copyOf(evidence);
    }

    /** The same outcome with a more specific next step. */
    public Scored withRemediation(String next) {
      return new Scored(score, summary, evidence, next);
    }
  }

  /** The check does not apply to this repository, and why. */
  record NotApplicable(String reason) implements Outcome {}

  static Scored score(int score, String summary, List<Evidence> evidence) {
    return new Scored(score, summary, evidence, null);
  }

  static Scored score(int score, String summary, Evidence... evidence) {
    return new Scored(score, summary, List.of(evidence), null);
  }

  static NotApplicable notApplicable(String reason) {
    return new NotApplicable(reason);
  }

  /** Score 10 with the evidence when present, else 0 with what is missing. */
  static Scored presence(List<Evidence> found, String passSummary, String failSummary) {
    return found.isEmpty() ? score(0, failSummary, List.of()) : score(10, passSummary, found);
  }
}
