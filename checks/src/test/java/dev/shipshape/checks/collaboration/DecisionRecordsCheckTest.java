package dev.shipshape.checks.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRecordsCheckTest {
  @TempDir Path dir;

  private final DecisionRecordsCheck check = new DecisionRecordsCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void adrsPassAndArchitectureDocsAlonePartly() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("docs/architecture.md", "# Architecture\n").commit("#1 arch");
      assertThat(scan(repo).score()).isEqualTo(6);
      repo.file("doc/architecture/decisions/0001-record-decisions.md", "# 1\n").commit("#2 adr");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::detail)
          .contains(dev.shipshape.checks.Places.RECENCY_NOTE);
    }
  }

  @Test
  void noneFailsAndAdrsInExamplesDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("examples/docs/adr/0001-x.md", "# x\n").commit("#1");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
