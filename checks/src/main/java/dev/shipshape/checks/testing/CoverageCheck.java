package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.files.TextLines;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.tree.TestTooling;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

@CheckInfo(
    id = "automated-testing/coverage",
    practice = Practice.AUTOMATED_TESTING,
    title = "Test coverage is measured, and a minimum is enforced",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY},
    remediation =
        "Measure coverage in the build (JaCoCo, coverage.py/pytest-cov, c8/nyc, go test -cover)"
            + " and fail it under a minimum.")
public final class CoverageCheck implements Check {
  static final int MEASURED = 7;

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.infrastructureModule()) {
      return Applicability.notForInfrastructureCode(facts);
    }
    List<Evidence> measured = facts.inventory().evidence(InventoryCategory.TESTS, "coverage");
    Optional<Evidence> threshold = threshold(facts);
    if (threshold.isPresent()) {
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(threshold.get());
      measured.stream().limit(4).forEach(evidence::add);
      return Outcome.score(10, "Coverage is measured and a minimum is enforced.", evidence);
    }
    if (!measured.isEmpty()) {
      return Outcome.score(
              MEASURED,
              "Coverage is measured, but no minimum is enforced.",
              measured.subList(0, Math.min(5, measured.size())))
          .withRemediation(
              "Fail the build under a coverage minimum (JaCoCo `check` rule, `--cov-fail-under`,"
                  + " Jest `coverageThreshold`, codecov `target`).");
    }
    return Outcome.score(0, "No coverage tooling configured or run.");
  }

  private static Optional<Evidence> threshold(Facts facts) {
    for (Pipeline.Located s : facts.pipelineSteps()) {
      if (TestTooling.COVERAGE_THRESHOLD_COMMAND.matcher(s.step().text()).find()) {
        return Optional.of(
            Evidence.line(
                s.pipeline().path(), s.step().line(), "coverage minimum enforced in the pipeline"));
      }
    }
    for (SourceFile f : facts.files().own()) {
      for (TestTooling.FileRule rule : TestTooling.COVERAGE_THRESHOLDS) {
        if (!rule.name().matcher(f.name()).matches()) {
          continue;
        }
        Optional<String> text = facts.files().text(f);
        if (text.isEmpty()) {
          continue;
        }
        Matcher m = rule.content().matcher(text.get());
        if (m.find() && mentionsCoverage(text.get(), f)) {
          return Optional.of(
              Evidence.line(
                  f.path(),
                  TextLines.lineOf(text.get(), m.start()),
                  "coverage minimum: " + m.group().strip()));
        }
      }
    }
    return Optional.empty();
  }

  /** Build files mention many minimums; count one only where the file is about coverage. */
  private static boolean mentionsCoverage(String text, SourceFile f) {
    String name = f.name();
    if (!(name.equals("pom.xml")
        || name.startsWith("build.gradle")
        || name.equals("Cargo.toml")
        || name.endsWith("proj"))) {
      return true;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("jacoco")
        || lower.contains("kover")
        || lower.contains("coverlet")
        || lower.contains("tarpaulin")
        || lower.contains("coverage");
  }
}
