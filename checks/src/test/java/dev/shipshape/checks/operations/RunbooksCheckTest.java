package dev.shipshape.checks.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbooksCheckTest {
  @TempDir Path dir;

  private final RunbooksCheck check = new RunbooksCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void runbookFilesOrSectionsPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("docs/runbooks/high-latency.md", "# High latency\n").commit("#1");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void anOperatingInProductionSectionCounts() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("README.md", "# svc\n\n## Operating in production\nScale with ...\n").commit("#1");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).line()).isEqualTo(3);
    }
  }

  @Test
  void onCallAloneIsPartialAndNothingFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("ops/pagerduty.tf", "resource \"pagerduty_schedule\" \"s\" {}\n").commit("#1");
      assertThat(scan(repo).score()).isEqualTo(6);
      repo.delete("ops/pagerduty.tf").file("examples/runbooks/x.md", "# x\n").commit("#2");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
