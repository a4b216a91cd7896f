package dev.shipshape.repository;

import static dev.shipshape.repository.TestRepo.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSnapshotTest {
  @TempDir Path tmp;

  private static Snapshot open(Path path) {
    return Repositories.open(SnapshotRequest.of(path.toString()));
  }

  @Test
  void opensAWorkingCopyFromASubfolder() throws Exception {
    Path dir = tmp.resolve("shop");
    try (TestRepo repo =
        TestRepo.create(dir)
            .file("README.md", "# shop")
            .file("src/main/App.java", "class App {}")) {
      repo.commit("first", T0);
      Files.createDirectories(dir.resolve("src/main"));

      try (Snapshot snapshot = open(dir.resolve("src/main"))) {
        assertThat(snapshot.info().git()).isTrue();
        assertThat(snapshot.info().bare()).isFalse();
        assertThat(snapshot.info().name()).isEqualTo("shop");
        assertThat(snapshot.info().branch()).isEqualTo("main");
        assertThat(snapshot.info().revision()).isEqualTo(repo.head().name());
        assertThat(snapshot.info().revisionTime()).isEqualTo(T0);
        assertThat(snapshot.tree().files())
            .extracting(TreeFile::path)
            .containsExactly("README.md", "src/main/App.java");
        assertThat(snapshot.tree().text("README.md")).contains("# shop");
      }
    }
  }

  @Test
  void theRemoteUrlIsOriginsElseTheOnlyRemotes() throws Exception {
    Path dir = tmp.resolve("remotes");
    try (TestRepo repo = TestRepo.create(dir).file("README.md", "# r")) {
      repo.commit("first", T0);
      try (Snapshot snapshot = open(dir)) {
        assertThat(snapshot.remoteUrl()).isEmpty();
      }
      var config = repo.git().getRepository().getConfig();
      config.setString("remote", "upstream", "url", "git@github.com:acme/shop.git");
      config.save();
      try (Snapshot snapshot = open(dir)) {
        assertThat(snapshot.remoteUrl()).hasValue("git@github.com:acme/shop.git");
      }
      config.setString("remote", "origin", "url", "https://gitlab.com/acme/web/shop.git");
      config.save();
      try (Snapshot snapshot = open(dir)) {
        assertThat(snapshot.remoteUrl()).hasValue("https://gitlab.com/acme/web/shop.git");
      }
    }
  }

  @Test
  void aGitDirInTheEnvironmentDoesNotReplaceTheFolderAskedFor() {
    Path other = tmp.resolve("other");
    Path asked = tmp.resolve("asked");
    try (TestRepo o = TestRepo.create(other).file("other.txt", "o");
        TestRepo a = TestRepo.create(asked).file("asked.txt", "a")) {
      o.commit("other", T0);
      a.commit("asked", T0);
    }
    SystemReader original = SystemReader.getInstance();
    SystemReader.setInstance(
        new SystemReader.Delegate(original) {
          @Override
          public String getenv(String variable) {
            return "GIT_DIR".equals(variable)
                ? other.resolve(".git").toString()
                : super.getenv(variable);
          }
        });
    try (Snapshot snapshot = open(asked)) {
      assertThat(snapshot.tree().files()).extracting(TreeFile::path).containsExactly("asked.txt");
    } finally {
      SystemReader.setInstance(original);
    }
  }

  @Test
  void seesOnlyCommittedContent() {
    try (TestRepo repo = TestRepo.create(tmp).file("a.txt", "committed").file("b.txt", "b")) {
      repo.commit("first", T0);
      repo.unstaged("a.txt", "modified in the working copy")
          .unstaged("untracked.txt", "never added")
          .file("staged.txt", "added but not committed");

      try (Snapshot snapshot = open(tmp)) {
        assertThat(snapshot.tree().files())
            .extracting(TreeFile::path)
            .containsExactly("a.txt", "b.txt");
        assertThat(snapshot.tree().text("a.txt")).contains("committed");
        assertThat(snapshot.tree().file("a.txt").orElseThrow().size()).isEqualTo(9);
        assertThat(snapshot.tree().text("untracked.txt")).isEmpty();
      }
    }
  }

  @Test
  void opensABareRepositoryAndAMirror() {
    Path work = tmp.resolve("work");
    try (TestRepo repo = TestRepo.create(work).file("a.txt", "a")) {
      repo.commit("first", T0).branch("feature").file("b.txt", "b").commit("second", T0);
      repo.checkout("main");
    }
    TestRepo.run(tmp, "clone", "-q", "--bare", work.toString(), "bare.git");
    TestRepo.run(tmp, "clone", "-q", "--mirror", work.toString(), "mirror");

    try (Snapshot bare = open(tmp.resolve("bare.git"))) {
      assertThat(bare.info().bare()).isTrue();
      assertThat(bare.info().name()).isEqualTo("bare");
      assertThat(bare.info().branch()).isEqualTo("main");
      assertThat(bare.tree().files()).extracting(TreeFile::path).containsExactly("a.txt");
      assertThat(bare.history().branches())
          .extracting(BranchRef::name)
          .containsExactly("feature", "main");
    }
    try (Snapshot mirror = open(tmp.resolve("mirror"))) {
      assertThat(mirror.info().bare()).isTrue();
      assertThat(mirror.tree().text("a.txt")).contains("a");
      assertThat(mirror.history().commits()).hasSize(1);
    }
  }

  @Test
  void readsTheTreeAtATag() {
    try (TestRepo repo = TestRepo.create(tmp).file("a.txt", "v1")) {
      repo.commit("first", T0).tag("v1.0.0", T0.plusSeconds(5));
      String tagged = repo.head().name();
      repo.file("a.txt", "v2").file("b.txt", "new").commit("second", T0.plus(Duration.ofDays(1)));

      try (Snapshot snapshot =
          Repositories.open(new SnapshotRequest(tmp.toString(), "v1.0.0", null))) {
        assertThat(snapshot.info().revision()).isEqualTo(tagged);
        assertThat(snapshot.info().revisionTime()).isEqualTo(T0);
        assertThat(snapshot.info().branch()).isNull();
        assertThat(snapshot.tree().files()).extracting(TreeFile::path).containsExactly("a.txt");
        assertThat(snapshot.tree().text("a.txt")).contains("v1");
        assertThat(snapshot.history().commits()).extracting(CommitInfo::id).containsExactly(tagged);
      }
    }
  }

  @Test
  void readsABranchByName() {
    try (TestRepo repo = TestRepo.create(tmp).file("a.txt", "a")) {
      repo.commit("first", T0).branch("feature").file("f.txt", "f").commit("feature", T0);
      repo.checkout("main");

      try (Snapshot snapshot =
          Repositories.open(new SnapshotRequest(tmp.toString(), "feature", null))) {
        assertThat(snapshot.info().branch()).isEqualTo("feature");
        assertThat(snapshot.tree().file("f.txt")).isPresent();
      }
    }
  }

  @Test
  void binaryContentIsNotText() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
    try (TestRepo repo = TestRepo.create(tmp).file("logo.png", png).file("bom.txt", bom("hi"))) {
      repo.commit("first", T0);

      try (Snapshot snapshot = open(tmp)) {
        assertThat(snapshot.tree().file("logo.png").orElseThrow().size()).isEqualTo(8);
        assertThat(snapshot.tree().text("logo.png")).isEmpty();
        assertThat(snapshot.tree().text("bom.txt")).contains("hi");
      }
    }
  }

  @Test
  void aFileOverOneMebibyteIsListedButNotReadAsText() {
    byte[] big = new byte[(int) FileTree.MAX_TEXT_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    byte[] limit = Arrays.copyOf(big, (int) FileTree.MAX_TEXT_BYTES);
    try (TestRepo repo = TestRepo.create(tmp).file("big.txt", big).file("limit.txt", limit)) {
      repo.commit("first", T0);

      try (Snapshot snapshot = open(tmp)) {
        assertThat(snapshot.tree().file("big.txt").orElseThrow().size()).isEqualTo(big.length);
        assertThat(snapshot.tree().text("big.txt")).isEmpty();
        assertThat(snapshot.tree().text(new TreeFile("big.txt", TreeFile.Kind.FILE, 1))).isEmpty();
        assertThat(snapshot.tree().text("limit.txt"))
            .hasValueSatisfying(t -> assertThat(t).hasSize(limit.length));
      }
    }
  }

  @Test
  void symlinksAndSubmodulesAreListedButNeverRead() {
    try (TestRepo repo = TestRepo.create(tmp).file("a.txt", "a").symlink("passwd", "/etc/passwd")) {
      repo.commit("first", T0);
      repo.cli("update-index", "--add", "--cacheinfo", "160000," + repo.head().name() + ",lib");
      repo.cli(
          "-c", "user.name=x", "-c", "user.email=x@example.org", "commit", "-q", "-m", "submodule");

      try (Snapshot snapshot = open(tmp)) {
        TreeFile link = snapshot.tree().file("passwd").orElseThrow();
        assertThat(link.kind()).isEqualTo(TreeFile.Kind.SYMLINK);
        assertThat(link.regular()).isFalse();
        assertThat(snapshot.tree().text(link)).isEmpty();
        assertThat(snapshot.tree().file("lib").orElseThrow().kind())
            .isEqualTo(TreeFile.Kind.SUBMODULE);
        assertThat(snapshot.tree().text("lib")).isEmpty();
      }
    }
  }

  @Test
  void executablesAreMarked() {
    try (TestRepo repo = TestRepo.create(tmp).file("run.sh", "#!/bin/sh\n")) {
      repo.cli("update-index", "--chmod=+x", "run.sh");
      repo.commit("first", T0);

      try (Snapshot snapshot = open(tmp)) {
        TreeFile run = snapshot.tree().file("run.sh").orElseThrow();
        assertThat(run.kind()).isEqualTo(TreeFile.Kind.EXECUTABLE);
        assertThat(snapshot.tree().text(run)).contains("#!/bin/sh\n");
      }
    }
  }

  @Test
  void oddFileNamesAreKeptAsTheyAre() {
    try (TestRepo repo =
        TestRepo.create(tmp)
            .file("with space.md", "space")
            .file("docs/résumé ü 日本.md", "unicode")
            .file("line\nbreak.txt", "newline")
            .file("tab\tand\"quote\".txt", "tab")) {
      repo.commit("first", T0);

      try (Snapshot snapshot = open(tmp)) {
        assertThat(snapshot.tree().files())
            .extracting(TreeFile::path)
            .containsExactlyInAnyOrder(
                "with space.md", "docs/résumé ü 日本.md", "line\nbreak.txt", "tab\tand\"quote\".txt");
        assertThat(snapshot.tree().text("docs/résumé ü 日本.md")).contains("unicode");
        assertThat(snapshot.tree().text("line\nbreak.txt")).contains("newline");
        assertThat(snapshot.tree().file("docs/résumé ü 日本.md").orElseThrow().name())
            .isEqualTo("résumé ü 日本.md");
      }
    }
  }

  @Test
  void filesAreSortedByPath() {
    try (TestRepo repo =
        TestRepo.create(tmp).file("b.txt", "").file("a/z.txt", "").file("a.txt", "")) {
      repo.commit("first", T0);

      try (Snapshot snapshot = open(tmp)) {
        assertThat(snapshot.tree().files())
            .extracting(TreeFile::path)
            .containsExactly("a.txt", "a/z.txt", "b.txt");
      }
    }
  }

  private static byte[] bom(String text) {
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xef;
    out[1] = (byte) 0xbb;
    out[2] = (byte) 0xbf;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }
}
