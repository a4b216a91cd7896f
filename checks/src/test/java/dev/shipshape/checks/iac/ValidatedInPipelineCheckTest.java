package dev.shipshape.checks.iac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatedInPipelineCheckTest {
  @TempDir Path dir;

  private final ValidatedInPipelineCheck check = new ValidatedInPipelineCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void everyKindValidatedPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "resource \"x\" \"y\" {}")
          .file("Dockerfile", "FROM scratch")
          .file(
              ".github/workflows/iac.yml",
              "on: pull_request\njobs:\n  v:\n    steps:\n      - run: terraform fmt -check && terraform validate\n      - uses: hadolint/hadolint-action@v3\n")
          .commit("#1 iac");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).path()).isEqualTo(".github/workflows/iac.yml");
    }
  }

  @Test
  void preCommitHooksCountWhenTheyRunInCi() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "resource \"x\" \"y\" {}")
          .file(
              ".pre-commit-config.yaml",
              "repos:\n  - repo: https://github.com/antonbabenko/pre-commit-terraform\n    hooks:\n      - id: terraform_validate\n")
          .commit("#1 hooks");
      assertThat(evaluate(repo).score()).isZero();
      repo.file(
              ".github/workflows/lint.yml",
              "on: push\njobs:\n  l:\n    steps:\n      - uses: pre-commit/action@v3.0.1\n")
          .commit("#2 run hooks");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void kindsWithoutAValidatorAreNamed() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("chart/Chart.yaml", "name: app")
          .file("main.tf", "resource \"x\" \"y\" {}")
          .file(".gitlab-ci.yml", "lint:\n  script: [helm lint chart]\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.remediation()).contains("terraform");
    }
  }

  @Test
  void noInfrastructureCodeIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("app.py", "x").file("testdata/main.tf", "x").commit("#1");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
