package dev.shipshape.checks.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeSpreadCheckTest {
  @TempDir Path dir;
  private final KnowledgeSpreadCheck check = new KnowledgeSpreadCheck();

  @Test
  void threeAuthorsSharingTheWorkScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.author("A", "a@x").file("a", "1").commit("#1");
      repo.author("B", "b@x").file("a", "2").commit("#2");
      repo.author("C", "c@x").file("a", "3").commit("#3");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void oneAuthorUnderTwoEmailsJoinedByTheMailmapScoresOne() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.author("A", "a@x").file("a", "1").commit("#1");
      repo.author("A", "a@old").file("a", "2").commit("#2");
      repo.author("A", "a@x").file(".mailmap", "A <a@x> <a@old>\n").commit("#3");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(1);
      assertThat(o.summary()).startsWith("1 active contributors");
    }
  }
}
