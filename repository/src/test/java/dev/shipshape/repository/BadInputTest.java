package dev.shipshape.repository;

import static dev.shipshape.repository.TestRepo.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
  @TempDir Path tmp;

  private static AbstractThrowableAssert<?, ? extends Throwable> assertOpenFails(
      String location, String revision) {
    return assertThatThrownBy(
            () -> Repositories.open(new SnapshotRequest(location, revision, null)).close())
        .isInstanceOf(RepositoryException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
  }

  @Test
  void aPathThatDoesNotExist() {
    String missing = tmp.resolve("nowhere").toString();
    assertOpenFails(missing, null).hasMessage("path does not exist: " + missing);
  }

  @Test
  void aFileInsteadOfAFolder() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
    assertOpenFails(file.toString(), null).hasMessage("not a folder: " + file);
  }

  @Test
  void anEmptyRepository() {
    TestRepo.create(tmp).close();
    assertOpenFails(tmp.toString(), null).hasMessage("repository has no commits: " + tmp);
  }

  @Test
  void anEmptyBareRepository() {
    Path bare = tmp.resolve("empty.git");
    TestRepo.run(tmp, "init", "-q", "--bare", bare.toString());
    assertOpenFails(bare.toString(), null).hasMessage("repository has no commits: " + bare);
  }

  @Test
  void aBareRepositoryWhoseHeadNamesABranchThatWasNeverPushed() {
    Path work = tmp.resolve("work");
    Path bare = tmp.resolve("mirror.git");
    TestRepo.run(tmp, "init", "-q", "--bare", "--initial-branch=master", bare.toString());
    try (TestRepo repo = TestRepo.create(work).file("a", "a")) {
      repo.commit("first", T0);
      repo.cli("push", "-q", bare.toString(), "main");
    }
    assertOpenFails(bare.toString(), null)
        .hasMessage(
            "HEAD of "
                + bare
                + " points to 'master', which has no commits; choose a revision, for example main");
    try (Snapshot snapshot =
        Repositories.open(new SnapshotRequest(bare.toString(), "main", null))) {
      assertThat(snapshot.tree().file("a")).isPresent();
    }
  }

  @Test
  void anUnknownRevision() {
    try (TestRepo repo = TestRepo.create(tmp).file("a", "a")) {
      repo.commit("first", T0);
    }
    assertOpenFails(tmp.toString(), "v9.9.9")
        .hasMessageContaining("unknown revision 'v9.9.9'")
        .hasMessageContaining(tmp.toString());
    assertOpenFails(tmp.toString(), "HEAD~5").hasMessageContaining("unknown revision 'HEAD~5'");
    assertOpenFails(tmp.toString(), "bad..syntax:^{").hasMessageContaining("unknown revision");
  }

  @Test
  void aRevisionThatIsNotACommit() {
    try (TestRepo repo = TestRepo.create(tmp).file("a", "a")) {
      repo.commit("first", T0);
      String tree = repo.head().getTree().name();
      assertOpenFails(tmp.toString(), tree).hasMessageContaining("unknown revision");
    }
  }
}
