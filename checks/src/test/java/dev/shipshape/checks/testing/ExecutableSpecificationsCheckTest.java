package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableSpecificationsCheckTest {
  @TempDir Path dir;

  private final ExecutableSpecificationsCheck check = new ExecutableSpecificationsCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void gherkinFeaturesPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/test/resources/features/refund.feature", "Feature: refunds\n")
          .file("specs/checkout.feature", "Feature: checkout\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).path()).isEqualTo("specs/checkout.feature");
    }
  }

  @Test
  void acceptanceCriteriaInAnIssueTemplateArePartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/ISSUE_TEMPLATE/story.md", "## Story\n\n## Acceptance criteria\n- [ ] ...\n")
          .commit("#1");
      assertThat(evaluate(repo).score()).isEqualTo(ExecutableSpecificationsCheck.CRITERIA_ONLY);
    }
  }

  @Test
  void nothingFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/ISSUE_TEMPLATE/bug.md", "## Steps to reproduce\n").commit("#1");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
