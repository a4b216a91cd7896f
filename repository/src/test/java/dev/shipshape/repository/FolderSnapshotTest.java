package dev.shipshape.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSnapshotTest {
  @TempDir Path tmp;

  private Snapshot open() {
    return Repositories.open(SnapshotRequest.of(tmp.toString()));
  }

  private Path write(String path, byte[] content) throws Exception {
    Path file = tmp.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private Path write(String path, String content) throws Exception {
    return write(path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aFolderThatIsNotGitHasFilesButUnknownHistory() throws Exception {
    write("README.md", "# plain");
    write("src/App.java", "class App {}");

    try (Snapshot snapshot = open()) {
      assertThat(snapshot.info().git()).isFalse();
      assertThat(snapshot.info().revision()).isNull();
      assertThat(snapshot.info().name()).isEqualTo(tmp.getFileName().toString());
      assertThat(snapshot.history().known()).isFalse();
      assertThat(snapshot.history().unknownReason()).contains("not a git repository");
      assertThat(snapshot.history().commits()).isEmpty();
      assertThat(snapshot.diagnostics())
          .anySatisfy(d -> assertThat(d.message()).contains("not a git repository"));
      assertThat(snapshot.tree().files())
          .extracting(TreeFile::path)
          .containsExactly("README.md", "src/App.java");
      assertThat(snapshot.tree().text("src/App.java")).contains("class App {}");
    }
  }

  @Test
  void symlinksAreListedButNeverFollowed() throws Exception {
    write("a.txt", "a");
    Path outside = Files.createDirectories(tmp.resolve("../outside-" + tmp.getFileName()));
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(tmp.resolve("passwd"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(tmp.resolve("linked-dir"), outside);
    Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("gone"));
    try (Snapshot snapshot = open()) {
      assertThat(snapshot.tree().files())
          .extracting(TreeFile::path, TreeFile::kind)
          .containsExactly(
              org.assertj.core.api.Assertions.tuple("a.txt", TreeFile.Kind.FILE),
              org.assertj.core.api.Assertions.tuple("dangling", TreeFile.Kind.SYMLINK),
              org.assertj.core.api.Assertions.tuple("linked-dir", TreeFile.Kind.SYMLINK),
              org.assertj.core.api.Assertions.tuple("passwd", TreeFile.Kind.SYMLINK));
      assertThat(snapshot.tree().text("passwd")).isEmpty();
      // even a caller that forges a regular entry for the link does not get its target
      assertThat(snapshot.tree().text(new TreeFile("passwd", TreeFile.Kind.FILE, 10))).isEmpty();
      assertThat(snapshot.tree().text("linked-dir/secret.txt")).isEmpty();
    } finally {
      Files.delete(outside.resolve("secret.txt"));
      Files.delete(outside);
    }
  }

  @Test
  void nestedGitFoldersAreSkipped() throws Exception {
    write("a.txt", "a");
    write("vendor/lib/.git/config", "[core]");
    write("vendor/lib/b.txt", "b");
    try (Snapshot snapshot = open()) {
      assertThat(snapshot.tree().files())
          .extracting(TreeFile::path)
          .containsExactly("a.txt", "vendor/lib/b.txt");
    }
  }

  @Test
  void binaryAndLargeFilesAreNotText() throws Exception {
    write("image.bin", new byte[] {1, 2, 0, 3});
    byte[] big = new byte[(int) FileTree.MAX_TEXT_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    write("big.txt", big);
    try (Snapshot snapshot = open()) {
      assertThat(snapshot.tree().file("image.bin").orElseThrow().size()).isEqualTo(4);
      assertThat(snapshot.tree().text("image.bin")).isEmpty();
      assertThat(snapshot.tree().file("big.txt").orElseThrow().size()).isEqualTo(big.length);
      assertThat(snapshot.tree().text("big.txt")).isEmpty();
      assertThat(snapshot.tree().text("missing.txt")).isEmpty();
    }
  }

  @Test
  void oddFileNames() throws Exception {
    write("with space.md", "space");
    write("docs/résumé ü 日本.md", "unicode");
    write("line\nbreak.txt", "newline");
    try (Snapshot snapshot = open()) {
      assertThat(snapshot.tree().files())
          .extracting(TreeFile::path)
          .containsExactlyInAnyOrder("with space.md", "docs/résumé ü 日本.md", "line\nbreak.txt");
      assertThat(snapshot.tree().text("line\nbreak.txt")).contains("newline");
    }
  }
}
