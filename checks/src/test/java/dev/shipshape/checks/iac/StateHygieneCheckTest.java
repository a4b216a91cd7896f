package dev.shipshape.checks.iac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateHygieneCheckTest {
  @TempDir Path dir;

  private final StateHygieneCheck check = new StateHygieneCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void remoteBackendAndNoStatePass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "main.tf",
              "terraform {\n  backend \"s3\" {\n    bucket = \"b\"\n  }\n}\nprovider \"aws\" {}\n")
          .file("prod.tfvars", "instance_count = 3\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).detail()).contains("remote backend");
    }
  }

  @Test
  void committedStateSecretsAndLocalStateAreDeducted() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "provider \"aws\" {}\n")
          .file("terraform.tfstate", "{}")
          .file("prod.tfvars", "db_password = \"hunter2-very-secret\"\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence().toString()).doesNotContain("hunter2");
      assertThat(outcome.evidence().stream().map(e -> e.detail()).toList())
          .anyMatch(d -> d.contains("db_password"));
    }
  }

  @Test
  void aReusableModuleNeedsNoBackend() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n").commit("#1");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void noTerraformIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("app.py", "x").file("testdata/terraform.tfstate", "{}").commit("#1");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
