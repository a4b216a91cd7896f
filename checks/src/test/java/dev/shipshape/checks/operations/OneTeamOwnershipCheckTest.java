package dev.shipshape.checks.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OneTeamOwnershipCheckTest {
  @TempDir Path dir;

  private final OneTeamOwnershipCheck check = new OneTeamOwnershipCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  private TestRepository service(TestRepository repo) {
    return repo.file("src/app.py", "x\n")
        .file(
            ".github/workflows/ci.yml", "on: push\njobs:\n  t:\n    steps:\n      - run: pytest\n")
        .file("deploy/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n")
        .file("docs/runbooks/restart.md", "# Restart\n");
  }

  @Test
  void everythingTogetherAndCoOwnedPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      service(repo)
          .file(".github/CODEOWNERS", "* @acme/payments\n/deploy/ @acme/payments @acme/sre\n")
          .commit("#1");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).hasSize(3);
    }
  }

  @Test
  void infrastructureOwnedApartIsAWall() {
    try (TestRepository repo = TestRepository.create(dir)) {
      service(repo)
          .file(".github/CODEOWNERS", "* @acme/payments\n/deploy/ @acme/ops\n")
          .commit("#1");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(OneTeamOwnershipCheck.OWNED_APART_CAP);
      assertThat(outcome.evidence())
          .contains(
              Evidence.line(
                  ".github/CODEOWNERS",
                  2,
                  "deploy/main.tf is owned by @acme/ops, who own none of the code"));
    }
  }

  @Test
  void codeAloneScoresLow() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/app.py", "x\n").commit("#1");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(2);
      assertThat(outcome.remediation()).contains("the pipeline");
    }
  }
}
