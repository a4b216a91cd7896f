package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTestingCheckTest {
  @TempDir Path dir;

  private final SecurityTestingCheck check = new SecurityTestingCheck();

  private static final String SERVICE = "{\"dependencies\": {\"express\": \"4.18.2\"}}";

  @Test
  void gosecEnabledInTheGolangciConfigRunsWithTheLinter() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("go.mod", "module example.com/tool\n")
          .file("main.go", "package main\n")
          .file(".golangci.yml", "linters:\n  enable:\n    - gosec\n")
          .file(
              ".github/workflows/ci.yml",
              "on: push\njobs:\n  l:\n    steps:\n      - uses: golangci/golangci-lint-action@v6\n")
          .commit("#1");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      repo.file(".golangci.yml", "linters:\n  enable:\n    - errcheck\n").commit("#2");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isZero();
    }
  }

  @Test
  void gosecEnabledInTheGolangciConfigRunsThroughAMakeTarget() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("go.mod", "module example.com/tool\n")
          .file("main.go", "package main\n")
          .file(".golangci.yml", "linters:\n  enable:\n    - gosec\n")
          .file("Makefile", "lint:\n\tgolangci-lint run ./...\n")
          .file(
              ".github/workflows/ci.yml",
              "on: push\njobs:\n  l:\n    steps:\n      - run: make lint\n")
          .commit("#1");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void sastAndDastInThePipelineOfAServicePass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", SERVICE)
          .file(
              ".github/workflows/sec.yml",
              "on: push\njobs:\n  s:\n    steps:\n      - uses: github/codeql-action/analyze@v3\n      - uses: zaproxy/action-baseline@v0.12.0\n")
          .commit("#1");
      var facts = repo.facts();
      assertThat(facts.kind()).isEqualTo(RepositoryKind.SERVICE);
      assertThat(((Outcome.Scored) check.evaluate(facts)).score()).isEqualTo(10);
    }
  }

  @Test
  void sastOnlyInAServicePipelineScoresSeven() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", SERVICE)
          .file(".gitlab-ci.yml", "sast:\n  script: [semgrep ci]\n")
          .commit("#1");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(SecurityTestingCheck.SAST_IN_PIPELINE);
      assertThat(outcome.remediation()).contains("ZAP");
    }
  }

  @Test
  void aLibraryNeedsNoDynamicScan() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pyproject.toml", "[project]\nname = \"lib\"\n")
          .file("lib/core.py", "x = 1")
          .file(
              ".github/workflows/ci.yml",
              "on: push\njobs:\n  s:\n    steps:\n      - run: bandit -r lib\n")
          .commit("#1");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void configuredOnlyScoresFourAndNothingFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", SERVICE)
          .file("sonar-project.properties", "sonar.projectKey=x")
          .commit("#1");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score())
          .isEqualTo(SecurityTestingCheck.CONFIGURED_ONLY);
      repo.delete("sonar-project.properties").commit("#2");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isZero();
    }
  }
}
