package dev.shipshape.facts.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.facts.files.FileClassifier;
import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.repository.ContentNotes;
import dev.shipshape.repository.FileTree;
import dev.shipshape.repository.TreeFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The secrets scan as a fact: what it reads, and that notes of earlier scans spare the reading. */
class SecretsFactsTest {
  private static final String KEY = "AKIA" + "QWERTYUIOPASDFGH";

  /** A tree in memory whose content ids are digests of the content, counting what is read. */
  private static final class MemoryTree implements FileTree {
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();

    MemoryTree with(String path, String text) {
      texts.put(path, text);
      return this;
    }

    @Override
    public List<TreeFile> files() {
      List<TreeFile> files = new ArrayList<>();
      texts.forEach((p, t) -> files.add(new TreeFile(p, TreeFile.Kind.FILE, t.length())));
      files.sort(java.util.Comparator.comparing(TreeFile::path));
      return files;
    }

    @Override
    public Optional<TreeFile> file(String path) {
      return files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    @Override
    public Optional<String> text(TreeFile file) {
      reads.incrementAndGet();
      String t = texts.get(file.path());
      return t == null || t.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(t);
    }

    @Override
    public Optional<String> contentId(TreeFile file) {
      try {
        byte[] h =
            MessageDigest.getInstance("SHA-1")
                .digest(texts.get(file.path()).getBytes(StandardCharsets.UTF_8));
        return Optional.of(HexFormat.of().formatHex(h));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final class MemoryNotes implements ContentNotes {
    final Map<String, byte[]> notes = new ConcurrentHashMap<>();

    @Override
    public Optional<byte[]> get(String contentId) {
      return Optional.ofNullable(notes.get(contentId));
    }

    @Override
    public void put(String contentId, byte[] note) {
      notes.put(contentId, note);
    }
  }

  private static SecretsFacts.Result scan(MemoryTree tree, ContentNotes notes) {
    ProjectFiles files = new ProjectFiles(tree, new FileClassifier(p -> false));
    return SecretsFacts.inBackground(files, notes).result();
  }

  private static MemoryTree tree() {
    return new MemoryTree()
        .with("src/App.java", "class App {}\n")
        .with("config/prod.env", "# prod\naws_key=" + KEY + "\n")
        .with("logo.png", "\0PNG")
        .with("notes/blob", "\0\1\2")
        .with("vendor/lib/x.js", "var k = '" + KEY + "';\n");
  }

  @Test
  void findsSecretsInTheTeamsFilesAndCountsWhatItSkipped() {
    SecretsFacts.Result r = scan(tree(), ContentNotes.NONE);

    assertThat(r.files()).hasSize(1);
    assertThat(r.files().get(0).file().path()).isEqualTo("config/prod.env");
    assertThat(r.files().get(0).findings())
        .extracting(SecretScanner.Finding::line)
        .containsExactly(2);
    assertThat(r.scanned()).as("App.java and prod.env").isEqualTo(2);
    assertThat(r.skipped()).as("logo.png by its name, notes/blob by its content").isEqualTo(2);
  }

  @Test
  void aSecondScanReadsNothingItHasNotesOnAndFindsTheSame() {
    MemoryNotes notes = new MemoryNotes();
    MemoryTree first = tree();
    SecretsFacts.Result before = scan(first, notes);
    assertThat(first.reads.get()).isEqualTo(3);

    MemoryTree second = tree().with("src/New.java", "String token = \"" + KEY + "\";\n");
    SecretsFacts.Result after = scan(second, notes);

    assertThat(second.reads.get()).as("only the new file is read").isEqualTo(1);
    assertThat(after.scanned()).isEqualTo(before.scanned() + 1);
    assertThat(after.skipped()).isEqualTo(before.skipped());
    assertThat(after.files())
        .extracting(f -> f.file().path())
        .containsExactly("config/prod.env", "src/New.java");
  }

  @Test
  void aNoteThatCannotBeReadIsIgnoredAndTheFileIsScanned() {
    MemoryNotes notes = new MemoryNotes();
    MemoryTree tree = tree();
    scan(tree, notes);
    notes.notes.replaceAll((id, note) -> new byte[] {7, 7});

    SecretsFacts.Result r = scan(tree, notes);

    assertThat(r.files()).hasSize(1);
    assertThat(tree.reads.get()).isEqualTo(6);
  }

  @Test
  void notesRoundTrip() {
    var findings =
        List.of(new SecretScanner.Finding("private key", 3), new SecretScanner.Finding("é", 9));
    assertThat(SecretsFacts.decode(SecretsFacts.encode(Optional.of(findings))))
        .contains(Optional.of(findings));
    assertThat(SecretsFacts.decode(SecretsFacts.encode(Optional.empty())))
        .contains(Optional.empty());
    assertThat(SecretsFacts.decode(new byte[0])).isEmpty();
  }

  @Test
  void theNotesAreNamedByWhatDecidesTheFindings() {
    assertThat(SecretsFacts.NOTES).matches("secrets-[0-9a-f]{12}");
  }
}
