package dev.shipshape.checks.agile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallBatchesCheckTest {
  @TempDir Path dir;
  private final SmallBatchesCheck check = new SmallBatchesCheck();

  private static String lines(int n) {
    return "x\n".repeat(n);
  }

  @Test
  void smallChangesScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", lines(10)).commit("#1"); // 10
      repo.file("a", lines(30)).commit("#2"); // +20
      repo.file("b", lines(50)).commit("#3"); // 50
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(10);
      assertThat(o.evidence().get(0).detail()).startsWith("median 20 lines");
    }
  }

  @Test
  void largeChangesScoreLow() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", lines(1500)).commit("#1");
      repo.file("b", lines(1200)).commit("#2");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // median (1500 + 1200) / 2 = 1350 → 1
      assertThat(o.score()).isEqualTo(1);
    }
  }

  @Test
  void scale() {
    assertThat(SmallBatchesCheck.score(100)).isEqualTo(10);
    assertThat(SmallBatchesCheck.score(101)).isEqualTo(8);
    assertThat(SmallBatchesCheck.score(1000)).isEqualTo(2);
    assertThat(SmallBatchesCheck.score(1001)).isEqualTo(1);
  }
}
