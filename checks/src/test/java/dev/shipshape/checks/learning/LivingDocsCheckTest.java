package dev.shipshape.checks.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivingDocsCheckTest {
  @TempDir Path dir;
  private final LivingDocsCheck check = new LivingDocsCheck();
  private static final Instant JAN = TestRepository.START;
  private static final Instant FEB = JAN.plus(Duration.ofDays(31));

  @Test
  void docsChangedInEveryActiveMonthScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/App.java", "class App {}").file("CHANGELOG.md", "- app").commit("#1", JAN);
      repo.file("src/App.java", "class App { }").commit("#2", FEB);
      repo.file("docs/guide.md", "how").commit("#3", FEB.plusSeconds(60));
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void codeMonthsWithoutDocsLowerTheScore() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/App.java", "class App {}").file("README.md", "app").commit("#1", JAN);
      repo.file("src/App.java", "class App { }").commit("#2", FEB);
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // January documented, February not: 1 of 2 → 5
      assertThat(o.score()).isEqualTo(5);
      assertThat(o.evidence().get(1).detail()).isEqualTo("months without: 2026-02");
    }
  }
}
