package dev.shipshape.checks.versioncontrol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerReviewCheckTest {
  @TempDir Path dir;
  private final PeerReviewCheck check = new PeerReviewCheck();

  @Test
  void pullRequestMergesSquashesAndTrailersCountAsReviewed() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("Add a (#1)");
      repo.branch("f").file("b", "1").commit("work").checkout("main");
      repo.merge("f", "Merge pull request #2 from org/f");
      repo.file("a", "2").commit("Fix\n\nReviewed-by: Bob <bob@example.com>");
      repo.file("a", "3").commit("Tweak (!4)");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(10);
      assertThat(o.evidence().get(0).detail()).startsWith("4 of 4 changes");
    }
  }

  @Test
  void directCommitsAreNotReviewed() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("Add a (#1)");
      repo.file("a", "2").commit("quick fix");
      repo.file("a", "3").commit("another");
      repo.file("a", "4").commit("Merge branch 'x'"); // a local merge message, not a review
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // 1 of 4 → round(2.5) = 3
      assertThat(o.score()).isEqualTo(3);
      assertThat(o.evidence()).filteredOn(e -> e.commit() != null).hasSize(3);
    }
  }
}
