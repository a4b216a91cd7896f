package dev.shipshape.repository;

import static dev.shipshape.repository.TestRepo.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
  @TempDir Path tmp;

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private Snapshot open(WindowSpec window) {
    return Repositories.open(new SnapshotRequest(tmp.toString(), "HEAD", window));
  }

  @Test
  void defaultWindowIsTheYearBeforeTheRevisionNotBeforeTheClock() {
    // Every commit is years old: a window ending at the clock would hold none of them.
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "1").commit("too old", day(0));
      repo.file("a", "2").commit("ABC-1 first inside", day(400 - 365));
      repo.file("a", "3").commit("#2 second inside", day(300));
      repo.file("a", "4").commit("head", day(400));

      try (Snapshot snapshot = open(WindowSpec.defaults())) {
        History history = snapshot.history();
        assertThat(history.known()).isTrue();
        assertThat(history.shallow()).isFalse();
        assertThat(history.commits())
            .extracting(CommitInfo::subject)
            .containsExactly("head", "#2 second inside", "ABC-1 first inside");
      }
    }
  }

  @Test
  void windowUsesCommitterTimeAndIncludesBothEnds() {
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "1").commit("authored long ago, committed inside", day(1), day(10));
      repo.file("a", "2").commit("exactly at since", day(20));
      repo.file("a", "3").commit("after until", day(40));

      WindowSpec spec = new WindowSpec(false, day(10), null, day(20));
      try (Snapshot snapshot = open(spec)) {
        assertThat(snapshot.history().commits())
            .extracting(CommitInfo::subject)
            .containsExactly("exactly at since", "authored long ago, committed inside");
        CommitInfo first = snapshot.history().commits().get(1);
        assertThat(first.authorTime()).isEqualTo(day(1));
        assertThat(first.commitTime()).isEqualTo(day(10));
      }
    }
  }

  @Test
  void wholeHistoryWithAnEndExcludesLaterCommits() {
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "1").commit("one", day(0));
      repo.file("a", "2").commit("two", day(1));
      repo.file("a", "3").commit("three", day(2));

      try (Snapshot snapshot = open(WindowSpec.whole())) {
        assertThat(snapshot.history().commits()).hasSize(3);
      }
      try (Snapshot snapshot = open(WindowSpec.whole().withUntil(day(1)))) {
        assertThat(snapshot.history().commits())
            .extracting(CommitInfo::subject)
            .containsExactly("two", "one");
      }
    }
  }

  @Test
  void aCommitWithASkewedClockDoesNotEndTheWalk() {
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "1").commit("inside, behind the skewed commit", day(300));
      repo.file("a", "2").commit("committed with a clock set to 1970", Instant.EPOCH);
      repo.file("a", "3").commit("head", day(400));

      try (Snapshot snapshot = open(WindowSpec.defaults())) {
        assertThat(snapshot.history().commits())
            .extracting(CommitInfo::subject)
            .containsExactly("head", "inside, behind the skewed commit");
      }
    }
  }

  @Test
  void theWalkEndsAfterARunOfCommitsOlderThanTheWindowAsGitLogSinceDoes() {
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "0").commit("inside but behind a long run of old commits", day(300));
      for (int i = 0; i < CommitWindowFilter.SLOP; i++) {
        repo.file("a", "old" + i).commit("old " + i, day(i));
      }
      repo.file("a", "head").commit("head", day(400));

      try (Snapshot snapshot = open(WindowSpec.defaults())) {
        assertThat(snapshot.history().commits())
            .extracting(CommitInfo::subject)
            .containsExactly("head");
      }
    }
  }

  @Test
  void commitsCarryAuthorParentsAndFullMessage() {
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "1").commit("base", day(0));
      String base = repo.head().name();
      repo.branch("feature").file("f", "f").commit("SHIP-7 feature work\n\nbody line\n", day(1));
      repo.checkout("main").file("m", "m").commit("main work", day(2));
      repo.merge("feature", "Merge pull request #3 from org/feature", day(3));

      try (Snapshot snapshot = open(WindowSpec.defaults())) {
        var commits = snapshot.history().commits();
        assertThat(commits)
            .extracting(CommitInfo::subject)
            .containsExactly(
                "Merge pull request #3 from org/feature",
                "main work",
                "SHIP-7 feature work",
                "base");
        CommitInfo merge = commits.get(0);
        assertThat(merge.merge()).isTrue();
        assertThat(merge.parents()).containsExactly(commits.get(1).id(), commits.get(2).id());
        CommitInfo feature = commits.get(2);
        assertThat(feature.merge()).isFalse();
        assertThat(feature.parents()).containsExactly(base);
        assertThat(feature.message()).isEqualTo("SHIP-7 feature work\n\nbody line\n");
        assertThat(feature.authorName()).isEqualTo(TestRepo.AUTHOR);
        assertThat(feature.authorEmail()).isEqualTo(TestRepo.EMAIL);
        assertThat(commits.get(3).parents()).isEmpty();
      }
    }
  }

  @Test
  void listsTagsAndBranches() {
    try (TestRepo repo = TestRepo.create(tmp)) {
      repo.file("a", "1").commit("one", day(0)).lightweightTag("v0.9");
      String one = repo.head().name();
      repo.file("a", "2").commit("two", day(1)).tag("v1.0.0", day(2));
      String two = repo.head().name();
      repo.branch("release").file("a", "3").commit("three", day(3));
      repo.checkout("main");
      // A tag on a tree is not a release of a commit: it is left out.
      repo.cli("tag", "tree-tag", repo.head().getTree().name());

      try (Snapshot snapshot = open(WindowSpec.defaults())) {
        assertThat(snapshot.history().tags())
            .containsExactly(
                new TagRef("v0.9", one, false, null), new TagRef("v1.0.0", two, true, day(2)));
        assertThat(snapshot.history().branches())
            .extracting(BranchRef::name, BranchRef::tipTime)
            .containsExactly(
                org.assertj.core.api.Assertions.tuple("main", day(1)),
                org.assertj.core.api.Assertions.tuple("release", day(3)));
        // commits of other branches are not behind HEAD
        assertThat(snapshot.history().commits())
            .extracting(CommitInfo::subject)
            .containsExactly("two", "one");
      }
    }
  }

  @Test
  void aShallowCloneIsReadWithADiagnostic() {
    Path source = tmp.resolve("source");
    try (TestRepo repo = TestRepo.create(source)) {
      for (int i = 0; i < 5; i++) {
        repo.file("a", "v" + i).commit("commit " + i, day(i));
      }
    }
    TestRepo.run(tmp, "clone", "-q", "--depth", "2", source.toUri().toString(), "shallow");

    try (Snapshot snapshot =
        Repositories.open(SnapshotRequest.of(tmp.resolve("shallow").toString()))) {
      assertThat(snapshot.history().shallow()).isTrue();
      assertThat(snapshot.history().commits())
          .extracting(CommitInfo::subject)
          .containsExactly("commit 4", "commit 3");
      assertThat(snapshot.diagnostics())
          .anySatisfy(d -> assertThat(d.message()).contains("shallow"));
      assertThat(snapshot.tree().text("a")).contains("v4");
    }
  }
}
