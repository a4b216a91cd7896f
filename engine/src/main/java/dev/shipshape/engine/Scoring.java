package dev.shipshape.engine;

import dev.shipshape.model.CheckResult;
import dev.shipshape.model.NextStep;
import dev.shipshape.model.Practice;
import dev.shipshape.model.PracticeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Check scores → practice scores → overall score (CATALOGUE.md): a practice's score is 10 × the
 * weighted mean of its scored checks; the overall score is the mean of the scored practices.
 */
public final class Scoring {
  private Scoring() {}

  public static List<PracticeResult> practices(List<CheckResult> results) {
    List<PracticeResult> practices = new ArrayList<>();
    for (Practice p : Practice.values()) {
      List<CheckResult> checks =
          results.stream().filter(r -> r.practiceId().equals(p.id())).toList();
      Integer score = practiceScore(checks);
      practices.add(
          new PracticeResult(p.id(), p.title(), score, PracticeResult.levelOf(score), checks));
    }
    return practices;
  }

  static Integer practiceScore(List<CheckResult> checks) {
    int weights = 0;
    int sum = 0;
    for (CheckResult c : checks) {
      if (c.status().scored()) {
        weights += c.weight();
        sum += c.weight() * c.score();
      }
    }
    return weights == 0 ? null : (int) Math.round(10.0 * sum / weights);
  }

  public static Integer overall(List<PracticeResult> practices) {
    List<Integer> scores =
        practices.stream().map(PracticeResult::score).filter(Objects::nonNull).toList();
    if (scores.isEmpty()) {
      return null;
    }
    return (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
  }

  /**
   * The three checks whose full marks would raise the overall score most: gain = (10 − score) ×
   * weight ÷ the practice's total weight; ties broken by id.
   */
  public static List<NextStep> nextSteps(List<PracticeResult> practices, int limit) {
    record Gain(CheckResult check, double gain) {}
    List<Gain> gains = new ArrayList<>();
    for (PracticeResult p : practices) {
      int total =
          p.checks().stream().filter(c -> c.status().scored()).mapToInt(CheckResult::weight).sum();
      for (CheckResult c : p.checks()) {
        if (c.status().scored() && c.score() < 10 && c.remediation() != null) {
          gains.add(new Gain(c, (10.0 - c.score()) * c.weight() / total));
        }
      }
    }
    return gains.stream()
        .sorted(
            Comparator.comparingDouble(Gain::gain).reversed().thenComparing(g -> g.check().id()))
        .limit(limit)
        .map(g -> new NextStep(g.check().id(), g.check().remediation()))
        .toList();
  }
}
