package dev.shipshape.engine;

import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Practice;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quality gate for pipelines: rules over a finished report. A rule that cannot be judged (an
 * unknown score) fails, saying so — a gate never passes on missing evidence.
 */
public final class QualityGate {
  private static final Pattern PRACTICE_LEVEL = Pattern.compile("([a-z-]+)\\s*<\\s*([0-4])");

  /** One rule of the gate. */
  public sealed interface Rule {
    /** Why the report breaks this rule, or empty when it keeps it. */
    Optional<String> failure(Report report);
  }

  /** The overall score must be at least {@code minimum}. */
  public record MinimumScore(int minimum) implements Rule {
    @Override
    public Optional<String> failure(Report report) {
      Integer score = report.summary().score();
      if (score == null) {
        return Optional.of("--fail-under " + minimum + ": the score is unknown (no check applied)");
      }
      return score < minimum
          ? Optional.of("--fail-under " + minimum + ": the score is " + score)
          : Optional.empty();
    }
  }

  /** The check must not fail (status fail or error). */
  public record CheckMustNotFail(String checkId) implements Rule {
    @Override
    public Optional<String> failure(Report report) {
      Optional<CheckResult> check =
          report.checks().stream().filter(c -> c.id().equals(checkId)).findFirst();
      if (check.isEmpty()) {
        return Optional.of("--fail-on " + checkId + ": no such check in the report");
      }
      Status s = check.get().status();
      return s == Status.FAIL || s == Status.ERROR
          ? Optional.of(
              "--fail-on "
                  + checkId
                  + ": the check is "
                  + s.id()
                  + (check.get().score() == null ? "" : " (" + check.get().score() + "/10)"))
          : Optional.empty();
    }
  }

  /** The practice's level must be at least {@code level}. */
  public record PracticeBelowLevel(String practiceId, int level) implements Rule {
    @Override
    public Optional<String> failure(Report report) {
      PracticeResult p =
          report.practices().stream()
              .filter(x -> x.id().equals(practiceId))
              .findFirst()
              .orElseThrow();
      if (p.score() == null) {
        return Optional.of(
            "--fail-on " + practiceId + "<" + level + ": no check of the practice applied");
      }
      return p.level() < level
          ? Optional.of(
              "--fail-on " + practiceId + "<" + level + ": the practice is at level " + p.level())
          : Optional.empty();
    }
  }

  private QualityGate() {}

  /**
   * Parses a {@code --fail-on} value: a check id ({@code ci-cd/tests-in-pipeline}) or a practice
   * level rule ({@code ci-cd<3}).
   */
  public static Rule parseFailOn(String value) {
    Matcher m = PRACTICE_LEVEL.matcher(value.strip());
    if (m.matches()) {
      String practice = m.group(1);
      Practice.fromId(practice); // throws for an unknown practice
      return new PracticeBelowLevel(practice, Integer.parseInt(m.group(2)));
    }
    if (value.contains("/")) {
      return new CheckMustNotFail(value.strip());
    }
    throw new IllegalArgumentException(
        "--fail-on '"
            + value
            + "' is neither a check id (ci-cd/tests-in-pipeline) nor a practice"
            + " level rule (ci-cd<3)");
  }

  /** The failures, one line each, in the order of the rules. */
  public static List<String> evaluate(Report report, List<Rule> rules) {
    List<String> failures = new ArrayList<>();
    for (Rule r : rules) {
      r.failure(report).ifPresent(failures::add);
    }
    return failures;
  }
}
