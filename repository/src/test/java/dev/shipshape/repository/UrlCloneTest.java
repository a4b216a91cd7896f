package dev.shipshape.repository;

import static dev.shipshape.repository.TestRepo.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlCloneTest {
  private static final Path SYSTEM_TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  @TempDir Path tmp;

  private static Set<Path> clones() throws IOException {
    try (Stream<Path> list = Files.list(SYSTEM_TEMP)) {
      return list.filter(p -> p.getFileName().toString().startsWith("shipshape-clone-"))
          .collect(Collectors.toSet());
    }
  }

  private Path source() {
    Path source = tmp.resolve("source");
    try (TestRepo repo = TestRepo.create(source)) {
      repo.file("README.md", "# hello").commit("first", T0).tag("v1.0.0", T0);
    }
    return source;
  }

  @Test
  void aFileUrlIsClonedIntoATemporaryFolderRemovedOnClose() throws Exception {
    String url = source().toUri().toString();
    assertThat(url).startsWith("file:");
    assertThat(Repositories.isUrl(url)).isTrue();
    Set<Path> before = clones();

    Set<Path> during;
    try (Snapshot snapshot = Repositories.open(SnapshotRequest.of(url))) {
      during = new HashSet<>(clones());
      during.removeAll(before);
      assertThat(during).hasSize(1);
      assertThat(snapshot.info().location()).isEqualTo(url);
      assertThat(snapshot.info().name()).isEqualTo("source");
      assertThat(snapshot.info().bare()).isTrue();
      assertThat(snapshot.tree().text("README.md")).contains("# hello");
      assertThat(snapshot.history().commits()).hasSize(1);
      assertThat(snapshot.history().tags()).extracting(TagRef::name).containsExactly("v1.0.0");
      assertThat(snapshot.history().branches()).extracting(BranchRef::name).containsExactly("main");
    }
    assertThat(during).allSatisfy(dir -> assertThat(dir).doesNotExist());
  }

  @Test
  void theRepositoryIsNamedAfterTheUrlNotTheTemporaryFolder() {
    TestRepo.run(tmp, "clone", "-q", "--bare", source().toString(), "project.git");
    String url = tmp.resolve("project.git").toUri() + "/";
    assertThat(url).endsWith(".git//");

    try (Snapshot snapshot = Repositories.open(SnapshotRequest.of(url))) {
      assertThat(snapshot.info().name()).isEqualTo("project");
    }
  }

  @Test
  void aPartialCloneLeavesLargeBlobsOut() throws Exception {
    Path source = tmp.resolve("source");
    byte[] big = new byte[(int) FileTree.MAX_TEXT_BYTES + 10];
    Arrays.fill(big, (byte) 'x');
    try (TestRepo repo = TestRepo.create(source)) {
      repo.file("small.txt", "small").file("big.bin", big).commit("first", T0);
      repo.cli("config", "uploadpack.allowFilter", "true");
    }

    try (Snapshot snapshot = Repositories.open(SnapshotRequest.of(source.toUri().toString()))) {
      assertThat(snapshot.tree().text("small.txt")).contains("small");
      assertThat(snapshot.tree().file("big.bin")).isPresent();
      assertThat(snapshot.tree().text("big.bin")).isEmpty();
      assertThat(snapshot.diagnostics())
          .anySatisfy(d -> assertThat(d.message()).contains("not fetched"));
    }
  }

  @Test
  void anUnknownRevisionInAClonedUrlLeavesNothingBehind() throws Exception {
    String url = source().toUri().toString();
    Set<Path> before = clones();

    assertThatThrownBy(() -> Repositories.open(new SnapshotRequest(url, "nope", null)))
        .isInstanceOf(RepositoryException.class)
        .hasMessageContaining("unknown revision 'nope'");
    assertThat(clones()).isSubsetOf(before);
  }

  @Test
  void aMissingRepositoryBehindAFileUrlFailsInOneLineLeavingNothingBehind() throws Exception {
    String url = tmp.resolve("missing.git").toUri().toString();
    Set<Path> before = clones();

    assertThatThrownBy(() -> Repositories.open(SnapshotRequest.of(url)))
        .isInstanceOf(RepositoryException.class)
        .hasMessageStartingWith("cannot clone " + url + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(clones()).isSubsetOf(before);
  }

  @Test
  void anUnreachableUrlFailsInOneLineLeavingNothingBehind() throws Exception {
    // Port 1 on the loopback refuses at once: no network is needed to be unreachable.
    String url = "http://127.0.0.1:1/org/repo.git";
    Set<Path> before = clones();

    assertThatThrownBy(() -> Repositories.open(SnapshotRequest.of(url)))
        .isInstanceOf(RepositoryException.class)
        .hasMessageStartingWith("cannot clone " + url + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(clones()).isSubsetOf(before);
  }

  @Test
  void recognisesUrls() {
    assertThat(Repositories.isUrl("https://host/org/repo.git")).isTrue();
    assertThat(Repositories.isUrl("ssh://git@host/org/repo.git")).isTrue();
    assertThat(Repositories.isUrl("git@github.com:org/repo.git")).isTrue();
    assertThat(Repositories.isUrl("file:///srv/repo.git")).isTrue();
    assertThat(Repositories.isUrl("/srv/mirrors/repo.git")).isFalse();
    assertThat(Repositories.isUrl("../other-repo")).isFalse();
    assertThat(Repositories.isUrl("C:\\work\\repo")).isFalse();
  }
}
