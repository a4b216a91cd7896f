package dev.shipshape.checks.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipCheckTest {
  @TempDir Path dir;

  private final OwnershipCheck check = new OwnershipCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void aCatchAllCodeownersCoversTheTree() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/CODEOWNERS", "* @acme/team\n")
          .file("src/a.py", "x\n")
          .file("src/b.py", "x\n")
          .commit("#1 owners");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).detail()).contains("3 of 3 files have owners");
    }
  }

  @Test
  void partialCoverageScoresByShareAndNamesAnUnownedFile() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("CODEOWNERS", "/src/ @a\n")
          .file("src/a.py", "x\n")
          .file("lib/b.py", "x\n")
          .file("lib/c.py", "x\n")
          .commit("#1 owners");
      // 1 of 4 files = 25 % -> floor(10 * 0.25 / 0.9) = 2
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(2);
      assertThat(outcome.remediation()).contains("CODEOWNERS");
    }
  }

  @Test
  void aMaintainersFileIsPartialAndNothingFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("MAINTAINERS", "Ada <ada@example.com>\n").commit("#1");
      assertThat(scan(repo).score()).isEqualTo(7);
      repo.delete("MAINTAINERS").file("testdata/CODEOWNERS", "* @x\n").commit("#2");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
