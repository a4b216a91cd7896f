package dev.shipshape.checks.cicd;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.PipelineStep;
import dev.shipshape.facts.pipeline.ScriptsRun;
import dev.shipshape.facts.pipeline.TestCommands;
import dev.shipshape.facts.tree.IacValidators;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "ci-cd/tests-in-pipeline",
    practice = Practice.CI_CD,
    title = "The pipeline runs the tests on every change",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Run the project's tests in the pipeline on every push and pull request"
            + " (e.g. a job with `mvn -B verify` triggered `on: [push, pull_request]`).")
public final class TestsInPipelineCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.pipelines().isEmpty()) {
      return Outcome.score(0, "No pipeline, so no tests run in one.")
          .withRemediation("Add a pipeline that runs the tests on every push and pull request.");
    }
    List<Pipeline.Located> testSteps =
        facts.pipelineSteps().stream()
            .filter(s -> s.step().kind() == PipelineStep.Kind.RUN)
            .filter(s -> runsTests(facts, ScriptsRun.expand(s.step(), facts.files())))
            .toList();
    if (testSteps.isEmpty()) {
      return Outcome.score(0, "The pipelines run no step that runs tests.");
    }
    List<Pipeline.Located> onChange = testSteps.stream().filter(s -> s.job().onChange()).toList();
    if (!onChange.isEmpty()) {
      return Outcome.score(
          10, "Tests run on every change (" + onChange.size() + " steps).", evidence(onChange));
    }
    return Outcome.score(
            5,
            "Tests run in the pipeline, but only on a schedule, by hand or on tags.",
            evidence(testSteps))
        .withRemediation("Trigger the job that runs the tests on push and pull request too.");
  }

  /** Infrastructure code is tested by validating it: plan, lint, schema and policy checks. */
  private static boolean runsTests(Facts facts, String command) {
    return TestCommands.runsTests(command)
        || facts.infrastructureCode()
            && IacValidators.ALL.stream().anyMatch(v -> v.command().matcher(command).find());
  }

  private static List<Evidence> evidence(List<Pipeline.Located> steps) {
    return steps.stream()
        .limit(10)
        .map(
            s ->
                Evidence.line(
                    s.pipeline().path(),
                    s.step().line(),
                    "job "
                        + s.job().name()
                        + " runs `"
                        + firstLine(s.step().text())
                        + "` on "
                        + String.join(
                            ", ",
                            s.job().triggers().stream()
                                .map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                                .sorted()
                                .toList())))
        .toList();
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }
}
