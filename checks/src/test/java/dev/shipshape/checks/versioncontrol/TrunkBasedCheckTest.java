package dev.shipshape.checks.versioncontrol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrunkBasedCheckTest {
  @TempDir Path dir;
  private final TrunkBasedCheck check = new TrunkBasedCheck();
  private static final Instant T0 = TestRepository.START;

  private static void branchLiving(TestRepository repo, String name, Duration life, Instant start) {
    repo.branch(name).file(name, "1").commit("#1 work", start).checkout("main");
    repo.file("main-" + name, "1").commit("#1 main", start.plus(life).minusSeconds(3600));
    repo.merge(name, "Merge branch '" + name + "'"); // one hour later: start + life
  }

  @Test
  void branchesMergedWithinHoursScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 root", T0);
      branchLiving(repo, "f1", Duration.ofHours(2), T0.plus(Duration.ofHours(1)));
      branchLiving(repo, "f2", Duration.ofHours(4), T0.plus(Duration.ofHours(10)));
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // lifetimes 2 h and 4 h → median 3 h
      assertThat(o.score()).isEqualTo(10);
      assertThat(o.evidence().get(0).detail()).startsWith("median branch lifetime 3.0 h over 2");
    }
  }

  @Test
  void branchesLivingTwoWeeksScoreOne() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 root", T0);
      branchLiving(repo, "f1", Duration.ofDays(14), T0.plus(Duration.ofHours(1)));
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(1);
    }
  }

  @Test
  void squashMergesAloneCannotBeMeasured() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("Add a (#1)");
      repo.file("a", "2").commit("Add b (#2)");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
