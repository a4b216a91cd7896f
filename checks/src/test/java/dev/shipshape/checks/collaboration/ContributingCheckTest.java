package dev.shipshape.checks.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributingCheckTest {
  @TempDir Path dir;

  private final ContributingCheck check = new ContributingCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void breadthOfGuidesAndTemplates() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("docs/CONTRIBUTING.adoc", "= Contributing\n").commit("#1 guide");
      assertThat(scan(repo).score()).isEqualTo(3);
      repo.file(".github/pull_request_template.md", "## What\n")
          .file(".github/ISSUE_TEMPLATE/bug.yml", "name: Bug\n")
          .file("CODE_OF_CONDUCT.md", "# Code of conduct\n")
          .commit("#2 templates");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::path)
          .contains("docs/CONTRIBUTING.adoc", ".github/pull_request_template.md");
    }
  }

  @Test
  void noneFailsAndAGuideInFixturesDoesNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("fixtures/repo/CONTRIBUTING.md", "# x\n").file("README.md", "# x\n").commit("#1");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
