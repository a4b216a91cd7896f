package dev.shipshape.checks.versioncontrol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCheckTest {
  @TempDir Path dir;

  private final HistoryCheck check = new HistoryCheck();

  @Test
  void recentCommitsAndAGitignorePass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".gitignore", "target/\n").file("a", "1").commit("#1 start");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(1).commit()).isEqualTo(repo.head());
    }
  }

  @Test
  void noGitignoreLosesItsPoints() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 start");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(HistoryCheck.COMMITS_POINTS);
      assertThat(outcome.remediation()).contains(".gitignore");
    }
  }

  @Test
  void aFolderWithoutGitIsNotApplicable() throws Exception {
    java.nio.file.Files.writeString(dir.resolve(".gitignore"), "x");
    var snapshot =
        dev.shipshape.repository.Repositories.open(
            dev.shipshape.repository.SnapshotRequest.of(dir.toString()));
    var facts =
        dev.shipshape.facts.FactsBuilder.build(
            snapshot,
            dev.shipshape.repository.WindowSpec.defaults(),
            dev.shipshape.facts.config.ScanConfig.defaults());
    assertThat(check.evaluate(facts)).isInstanceOf(Outcome.NotApplicable.class);
    snapshot.close();
  }
}
