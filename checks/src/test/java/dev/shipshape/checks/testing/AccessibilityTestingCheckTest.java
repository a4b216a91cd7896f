package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessibilityTestingCheckTest {
  @TempDir Path dir;

  private final AccessibilityTestingCheck check = new AccessibilityTestingCheck();

  @Test
  void jestAxeRunWithTheTestsInThePipelinePasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "package.json",
              "{\"dependencies\": {\"react\": \"18.2.0\"}, \"devDependencies\": {\"jest-axe\": \"8\"}}")
          .file(
              ".github/workflows/ci.yml",
              "on: push\njobs:\n  t:\n    steps:\n      - run: npm test\n")
          .commit("#1");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).detail()).contains("react");
    }
  }

  @Test
  void toolingNotRunIsPartialAndNoneFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/App.vue", "<template/>").file(".pa11yci", "{}").commit("#1");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score())
          .isEqualTo(AccessibilityTestingCheck.PRESENT);
      repo.delete(".pa11yci").commit("#2");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isZero();
    }
  }

  @Test
  void noWebUiIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("go.mod", "module x")
          .file("main.go", "package main")
          .file("docs/index.html", "<html/>")
          .file("testdata/page.html", "<html/>")
          .commit("#1");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
