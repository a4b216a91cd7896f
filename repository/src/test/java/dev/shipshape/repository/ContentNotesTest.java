package dev.shipshape.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes on contents by blob id, kept across scans in the cache, and never trusted when damaged. */
class ContentNotesTest {
  @TempDir Path tmp;

  /** git hash-object of "hello\n". */
  private static final String HELLO = "ce013625030ba8dba906f756967f9e9ca394464a";

  private static final byte[] NOTE = "clean".getBytes(StandardCharsets.UTF_8);

  private Path repo() {
    Path dir = tmp.resolve("repo");
    TestRepo.create(dir).file("a.txt", "hello\n").commit("a", TestRepo.T0).close();
    return dir;
  }

  private Snapshot open(Path dir, Path cache) {
    return Repositories.open(
        new SnapshotRequest(dir.toString(), "HEAD", WindowSpec.whole()),
        new SnapshotOptions(cache, null));
  }

  @Test
  void aTreeNamesItsContentByBlobId() {
    try (Snapshot s = open(repo(), null)) {
      TreeFile a = s.tree().file("a.txt").orElseThrow();
      assertThat(s.tree().contentId(a)).contains(HELLO);
    }
  }

  @Test
  void aNoteKeptByOneScanIsReadByTheNext() {
    Path dir = repo();
    Path cache = tmp.resolve("cache");
    try (Snapshot s = open(dir, cache)) {
      assertThat(s.notes("test-1").get(HELLO)).isEmpty();
      s.notes("test-1").put(HELLO, NOTE);
    }
    try (Snapshot s = open(dir, cache)) {
      assertThat(s.notes("test-1").get(HELLO))
          .hasValueSatisfying(n -> assertThat(n).isEqualTo(NOTE));
      assertThat(s.notes("test-2").get(HELLO)).as("another kind of note").isEmpty();
    }
  }

  @Test
  void withoutACacheNothingIsRemembered() {
    Path dir = repo();
    try (Snapshot s = open(dir, null)) {
      s.notes("test-1").put(HELLO, NOTE);
      assertThat(s.notes("test-1")).isSameAs(ContentNotes.NONE);
    }
  }

  @Test
  void aDamagedOrForeignFileIsNotTrusted() throws Exception {
    Path cache = tmp.resolve("cache");
    StoredNotes notes = StoredNotes.of(cache, "repo-a", "test-1");
    notes.put(HELLO, NOTE);
    notes.save();
    byte[] bytes = Files.readAllBytes(notes.path());

    for (int i = 0; i < bytes.length; i++) {
      byte[] flipped = bytes.clone();
      flipped[i] ^= 0x10;
      Files.write(notes.path(), flipped);
      assertThat(StoredNotes.of(cache, "repo-a", "test-1").get(HELLO))
          .as("byte %d flipped", i)
          .isEmpty();
    }
    Files.write(notes.path(), java.util.Arrays.copyOf(bytes, bytes.length - 1));
    assertThat(StoredNotes.of(cache, "repo-a", "test-1").get(HELLO)).as("truncated").isEmpty();

    Files.write(notes.path(), bytes);
    assertThat(StoredNotes.of(cache, "repo-a", "test-1").get(HELLO)).isPresent();
    Path other = StoredNotes.of(cache, "repo-b", "test-1").path();
    Files.copy(notes.path(), other);
    assertThat(StoredNotes.of(cache, "repo-b", "test-1").get(HELLO)).as("foreign").isEmpty();
  }

  @Test
  void notesNoScanUsedAreDroppedWhenTooMany() {
    Path cache = tmp.resolve("cache");
    StoredNotes first = StoredNotes.of(cache, "repo", "test-1", 3);
    IntStream.range(0, 10).forEach(i -> first.put(id(i), NOTE));
    first.save();

    StoredNotes second = StoredNotes.of(cache, "repo", "test-1", 3);
    assertThat(second.get(id(0))).isPresent();
    second.put(id(10), NOTE);
    second.save(); // 11 notes, 2 used: more than 3 unused, so only the used are kept

    StoredNotes third = StoredNotes.of(cache, "repo", "test-1", 3);
    assertThat(IntStream.rangeClosed(0, 10).filter(i -> third.get(id(i)).isPresent()).boxed())
        .containsExactly(0, 10);
  }

  @Test
  void kindsAreSafeFileNames() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StoredNotes.of(tmp, "repo", "../escape"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String id(int i) {
    return String.format("%040x", i + 1);
  }
}
