package dev.shipshape.checks.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyUpdatesCheckTest {
  @TempDir Path dir;

  private final DependencyUpdatesCheck check = new DependencyUpdatesCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void configAloneScoresSeven() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/dependabot.yml", "version: 2\n").commit("#1 dependabot");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(7);
      assertThat(outcome.remediation()).contains("merge");
    }
  }

  @Test
  void updatesLandingScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("renovate.json", "{}\n")
          .commit("#1 renovate")
          .author("renovate[bot]", "bot@renovateapp.com")
          .file("package.json", "{}\n")
          .commit("chore(deps): update dependency jest to v29.7.0");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).anyMatch(e -> e.commit() != null);
    }
  }

  @Test
  void neitherFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/.github/dependabot.yml", "version: 2\n").commit("#1 fixtures");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
