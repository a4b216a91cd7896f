package dev.shipshape.checks.versioncontrol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacklogLinkageCheckTest {
  @TempDir Path dir;

  private final BacklogLinkageCheck check = new BacklogLinkageCheck();

  @Test
  void everyCommitNamingAWorkItemPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1")
          .commit("ABC-1: first")
          .file("a", "2")
          .commit("Fix the login (#12)")
          .file("a", "3")
          .commit("AB#7 azure boards item")
          .file("a", "4")
          .commit("GH-3 tidy");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::detail)
          .contains("4 of 4 non-merge commits in the window name a work item");
    }
  }

  @Test
  void shareBelowEightyPercentScoresLinearly() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1")
          .commit("ABC-1: first")
          .file("a", "2")
          .commit("tweak")
          .file("a", "3")
          .commit("Use UTF-8 everywhere")
          .file("a", "4")
          .commit("more tweaks");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      // 1 of 4 = 25 % → floor(10 × 0.25 / 0.8) = 3
      assertThat(outcome.score()).isEqualTo(3);
      assertThat(outcome.evidence()).filteredOn(e -> e.commit() != null).hasSize(3);
    }
  }

  @Test
  void theMergedBranchNameCountsForItsCommits() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1")
          .commit("JIRA-1 start")
          .branch("feature/pay-42-refunds")
          .file("b", "1")
          .commit("add refunds")
          .file("b", "2")
          .commit("polish refunds")
          .checkout("main")
          .merge("feature/pay-42-refunds", "Merge branch 'feature/pay-42-refunds'");
      Facts facts = repo.facts();
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(facts);
      assertThat(outcome.score()).isEqualTo(10);
    }
  }

  @Test
  void commitsOutsideTheWindowDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1")
          .commit("old and unlinked", TestRepository.START.minusSeconds(400L * 86400))
          .file("a", "2")
          .commit("ABC-2 recent", TestRepository.START);
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
    }
  }

  @Test
  void aFolderWithoutHistoryIsNotApplicable() throws Exception {
    Files.writeString(dir.resolve("README.md"), "hi");
    var snapshot =
        dev.shipshape.repository.Repositories.open(
            dev.shipshape.repository.SnapshotRequest.of(dir.toString()));
    Facts facts =
        dev.shipshape.facts.FactsBuilder.build(
            snapshot,
            dev.shipshape.repository.WindowSpec.defaults(),
            dev.shipshape.facts.config.ScanConfig.defaults());
    assertThat(check.evaluate(facts)).isInstanceOf(Outcome.NotApplicable.class);
  }
}
