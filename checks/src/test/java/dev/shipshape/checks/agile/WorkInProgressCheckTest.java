package dev.shipshape.checks.agile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkInProgressCheckTest {
  @TempDir Path dir;
  private final WorkInProgressCheck check = new WorkInProgressCheck();
  private static final Instant T0 = TestRepository.START;

  @Test
  void fewOldBranchesScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", T0);
      repo.branch("old").file("b", "1").commit("#2 old work", T0.plus(Duration.ofHours(1)));
      repo.checkout("main").file("a", "2").commit("#3", T0.plus(Duration.ofDays(60)));
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(10);
      assertThat(o.evidence().get(0).detail()).startsWith("1 unmerged branches");
    }
  }

  @Test
  void manyOldUnmergedBranchesScoreLow() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", T0);
      for (int i = 0; i < 6; i++) {
        repo.branch("old-" + i)
            .file("b" + i, "1")
            .commit("#2 old work", T0.plus(Duration.ofHours(i + 1)))
            .checkout("main");
      }
      repo.branch("merged").file("m", "1").commit("#4", T0.plus(Duration.ofHours(9)));
      repo.checkout("main").merge("merged", "Merge branch 'merged'");
      repo.file("a", "2").commit("#3", T0.plus(Duration.ofDays(60)));
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // 6 unmerged over 30 days (the merged one does not count) → 4
      assertThat(o.score()).isEqualTo(4);
    }
  }

  @Test
  void onlyTheAnalysedBranchIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", T0);
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
