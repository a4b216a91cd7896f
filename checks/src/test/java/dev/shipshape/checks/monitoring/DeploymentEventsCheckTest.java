package dev.shipshape.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentEventsCheckTest {
  @TempDir Path dir;

  private final DeploymentEventsCheck check = new DeploymentEventsCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void aGithubEnvironmentRecordsDeployments() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/cd.yml",
              "on: push\njobs:\n  deploy:\n    environment: production\n    steps:\n      - run: ./deploy.sh\n")
          .commit("#1 cd");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).line()).isEqualTo(4);
    }
  }

  @Test
  void aSentryReleaseStepCounts() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".gitlab-ci.yml",
              "release:\n  script:\n    - sentry-cli releases new $CI_COMMIT_SHA\n")
          .commit("#1 sentry");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void aPipelineWithoutDeploymentRecordsFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/ci.yml", "on: push\njobs:\n  t:\n    steps:\n      - run: make\n")
          .commit("#1 ci");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
