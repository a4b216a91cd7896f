package dev.shipshape.checks.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeReleaseCheckTest {
  @TempDir Path dir;

  private final SafeReleaseCheck check = new SafeReleaseCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void migrationsAloneScoreSix() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/main/resources/db/migration/V1__init.sql", "create table t (id int);\n")
          .commit("#1 flyway");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(6);
      assertThat(outcome.remediation()).contains("feature flags");
    }
  }

  @Test
  void migrationsAndFlagsScoreEightAndAllThreeTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("alembic/versions/001_init.py", "def upgrade(): pass\n")
          .file("requirements.txt", "openfeature-sdk==0.7\n")
          .commit("#1 two");
      assertThat(scan(repo).score()).isEqualTo(8);
      repo.file("deploy/rollout.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n")
          .commit("#2 three");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.summary())
          .contains("feature flags", "progressive delivery", "versioned database migrations");
    }
  }

  @Test
  void noneFailsAndADjangoDependencyOrMigrationsInExamplesDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("requirements.txt", "django==5.0\n")
          .file("examples/app/migrations/0001_initial.py", "x = 1\n")
          .commit("#1 none");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
