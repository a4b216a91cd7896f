package dev.shipshape.checks.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatModelCheckTest {
  @TempDir Path dir;

  private final ThreatModelCheck check = new ThreatModelCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void aStrideDocumentCounts() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("docs/security/design.md", "# Threats\n\nBy STRIDE category:\n").commit("#1");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).line()).isEqualTo(3);
    }
  }

  @Test
  void aThreatModelFileCounts() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("security/payments.tm7", "<ThreatModel/>\n").commit("#1");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void noneFailsAndOneInTestDataDoesNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/threat-model.md", "STRIDE\n").commit("#1");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
