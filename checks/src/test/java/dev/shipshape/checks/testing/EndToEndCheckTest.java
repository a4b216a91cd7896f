package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndToEndCheckTest {
  @TempDir Path dir;

  private final EndToEndCheck check = new EndToEndCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  /** Run directly, or through a package.json script the step runs. */
  @ParameterizedTest
  @ValueSource(strings = {"npx playwright test", "yarn ui"})
  void playwrightRunInThePipelinePasses(String step) {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "package.json",
              "{\"scripts\": {\"ui\": \"playwright test\"},"
                  + " \"devDependencies\": {\"@playwright/test\": \"1.42.0\"}}")
          .file("playwright.config.ts", "export default {}")
          .file(
              ".github/workflows/e2e.yml",
              "on: push\njobs:\n  e:\n    steps:\n      - run: " + step + "\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).path()).isEqualTo(".github/workflows/e2e.yml");
      assertThat(outcome.evidence().get(0).detail()).contains(step);
    }
  }

  @Test
  void aSuiteThePipelineDoesNotRunIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("cypress.config.js", "module.exports = {}")
          .file("features/checkout.feature", "Feature: checkout\n")
          .commit("#1");
      assertThat(evaluate(repo).score()).isEqualTo(EndToEndCheck.PRESENT);
    }
  }

  @Test
  void noSuiteFailsAndExamplesDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("examples/web/cypress.config.js", "x").file("app.js", "x").commit("#1");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
