package dev.shipshape.checks.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeepingCurrentCheckTest {
  @TempDir Path dir;
  private final KeepingCurrentCheck check = new KeepingCurrentCheck();

  @Test
  void updatesLandingAndCurrentRuntimesScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".nvmrc", "20\n").commit("#1 node 20");
      repo.author("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")
          .file("package.json", "{\"engines\": {\"node\": \">=20\"}}")
          .commit("Bump lodash from 4.17.20 to 4.17.21");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void noUpdatesAndAnEndOfLifeRuntimeAreDeducted() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("Dockerfile", "FROM python:3.7-slim\nRUN true\n").commit("#1");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // 10 - 5 (no updates) - 3 (python 3.7) = 2
      assertThat(o.score()).isEqualTo(2);
      assertThat(o.evidence())
          .anySatisfy(
              e -> {
                assertThat(e.path()).isEqualTo("Dockerfile");
                assertThat(e.line()).isEqualTo(1);
              });
    }
  }
}
