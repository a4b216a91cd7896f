package dev.shipshape.checks.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostIncidentReviewsCheckTest {
  @TempDir Path dir;

  private final PostIncidentReviewsCheck check = new PostIncidentReviewsCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void keptReviewsPassAndSayRecencyIsNotMeasured() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("docs/postmortems/2026-01-03-db-outage.md", "# Outage\n")
          .file("docs/retrospective-q4.md", "# Retro\n")
          .commit("#1 reviews");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::path)
          .contains("docs/postmortems/2026-01-03-db-outage.md", "docs/retrospective-q4.md");
      assertThat(outcome.evidence())
          .extracting(Evidence::detail)
          .contains(dev.shipshape.checks.Places.RECENCY_NOTE);
    }
  }

  @Test
  void aTemplateAloneIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/ISSUE_TEMPLATE/incident.md", "---\nname: Incident\n---\n")
          .commit("#1 template");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(6);
      assertThat(outcome.remediation()).contains("template");
    }
  }

  @Test
  void nothingFailsAndReviewsInTestDataDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/postmortems/a.md", "# x\n")
          .file("docs/guide.md", "# Guide\n")
          .commit("#1 nothing");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
