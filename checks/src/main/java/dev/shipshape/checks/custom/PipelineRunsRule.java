package dev.shipshape.checks.custom;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.config.BoundedText;
import dev.shipshape.facts.config.RuleSpec;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.PipelineStep;
import dev.shipshape.model.Evidence;
import java.util.List;

/**
 * A custom rule: a step of one of the repository's own pipelines runs a command matching a regular
 * expression ({@code pipelineRuns}): a shell command, or a reusable action or task.
 */
final class PipelineRunsRule implements Check {
  private final RuleSpec rule;

  PipelineRunsRule(RuleSpec rule) {
    this.rule = rule;
  }

  @Override
  public Outcome evaluate(Facts facts) {
    String pattern = rule.pattern().pattern();
    if (facts.pipelines().isEmpty()) {
      return Outcome.score(0, "No pipeline, so nothing runs " + pattern + ".");
    }
    List<Pipeline.Located> steps =
        facts.pipelineSteps().stream()
            .filter(s -> s.step().kind() != PipelineStep.Kind.IMAGE)
            .filter(s -> rule.pattern().matcher(BoundedText.of(s.step().text())).find())
            .toList();
    if (steps.isEmpty()) {
      return Outcome.score(
          0,
          "No step of "
              + facts.pipelines().size()
              + (facts.pipelines().size() == 1 ? " pipeline" : " pipelines")
              + " runs "
              + pattern
              + ".");
    }
    return Outcome.score(
        10,
        steps.size()
            + (steps.size() == 1 ? " pipeline step runs " : " pipeline steps run ")
            + pattern
            + ".",
        steps.stream()
            .limit(MatchingFiles.EVIDENCE_LIMIT)
            .map(
                s ->
                    Evidence.line(
                        s.pipeline().path(),
                        s.step().line(),
                        "job " + s.job().name() + " runs `" + firstLine(s.step().text()) + "`"))
            .toList());
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }
}
