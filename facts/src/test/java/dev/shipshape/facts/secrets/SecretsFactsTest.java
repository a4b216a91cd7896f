package dev.shipshape.facts.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.facts.MemoryTree;
import dev.shipshape.repository.ContentNotes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The secrets scan as a fact: what it reads, and that notes of earlier scans spare the reading. */
class SecretsFactsTest {
  private static final String KEY = "AKIA" + "QWERTYUIOPASDFGH";

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
    return SecretsFacts.inBackground(tree.projectFiles(), notes).result();
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
    assertThat(first.reads()).isEqualTo(3);

    MemoryTree second = tree().with("src/New.java", "String token = \"" + KEY + "\";\n");
    SecretsFacts.Result after = scan(second, notes);

    assertThat(second.reads()).as("only the new file is read").isEqualTo(1);
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
    assertThat(tree.reads()).isEqualTo(6);
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
