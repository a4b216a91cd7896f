package dev.shipshape.checks.agile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCadenceCheckTest {
  @TempDir Path dir;
  private final ReleaseCadenceCheck check = new ReleaseCadenceCheck();

  @Test
  void weeklyTaggedReleasesAreHigh() {
    try (TestRepository repo = TestRepository.create(dir)) {
      Instant t = TestRepository.START.minus(Duration.ofDays(364));
      for (int week = 0; week < 53; week++) {
        repo.file("a", "v" + week)
            .commit("#1", t.plus(Duration.ofDays(7L * week)))
            .tag("v1." + week);
      }
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // one release day in every ISO week → median week 1 → high
      assertThat(o.score()).isEqualTo(8);
      assertThat(o.summary()).contains("band high");
    }
  }

  @Test
  void weeklyReleasesOfAYoungRepositoryAreJudgedFromItsFirstCommit() {
    try (TestRepository repo = TestRepository.create(dir)) {
      for (int week = 0; week < 4; week++) {
        repo.file("a", "v" + week)
            .commit("#1", TestRepository.START.plus(Duration.ofDays(7L * week)))
            .tag("v1." + week);
      }
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // four ISO weeks since the first commit, each with a release (not 4 of the window's 53)
      assertThat(o.score()).isEqualTo(8);
    }
  }

  @Test
  void aReleaseInAHistoryOfLessThanAWeekIsTooShortToJudge() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 one");
      repo.file("a", "2").commit("#2 two").tag("v1.0.0");
      assertThat(check.evaluate(repo.facts()))
          .isInstanceOfSatisfying(
              Outcome.NotApplicable.class, n -> assertThat(n.reason()).contains("too short"));
    }
  }

  @Test
  void noReleasesAtAllIsNotApplicableWithTheReason() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1");
      assertThat(check.evaluate(repo.facts()))
          .isInstanceOfSatisfying(
              Outcome.NotApplicable.class,
              n -> assertThat(n.reason()).startsWith("no deployments found"));
    }
  }
}
