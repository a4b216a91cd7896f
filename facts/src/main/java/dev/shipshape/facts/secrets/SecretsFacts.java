package dev.shipshape.facts.secrets;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.Scope;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.repository.BackgroundWork;
import dev.shipshape.repository.ContentNotes;
import dev.shipshape.repository.FileTree;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.FutureTask;

/**
 * The secrets in the tree's files that the team wrote or keeps — its own files, its tests, test
 * data and examples — each file scanned once. Vendored, generated and ignored files are not the
 * team's and are not scanned; binaries and files over 1 MiB are skipped and counted.
 *
 * <p>The scan can run in the background while other facts are gathered. What it finds in a file's
 * content is kept as a {@link ContentNotes note} on that content, so a later scan of a tree that
 * holds the same content (the same revision, or a later one where the file did not change) does not
 * read it again. The notes are named by a fingerprint of the patterns and of {@link
 * #SCANNER_VERSION}, so changing either never reuses an old answer.
 */
public final class SecretsFacts {
  /**
   * The version of the scanning logic in {@link SecretScanner}: raise it whenever that logic
   * changes what it finds, so that notes written by the old logic are not reused. (Changes to
   * {@link SecretPatterns} are noticed without it.)
   */
  static final int SCANNER_VERSION = 1;

  /** The kind of content notes this fact writes: see {@link dev.shipshape.repository.Snapshot}. */
  public static final String NOTES = "secrets-" + fingerprint();

  private static final byte NOT_TEXT = 0;
  private static final byte TEXT = 1;

  /** A scanned file with what was found in it. */
  public record FileFindings(SourceFile file, List<SecretScanner.Finding> findings) {
    public FileFindings {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Files with findings, in path order; how many files were scanned, and how many were skipped
   * (binary or over 1 MiB).
   */
  public record Result(List<FileFindings> files, int scanned, int skipped) {
    public Result {
      files = List.copyOf(files);
    }
  }

  private final FutureTask<Result> task;

  private SecretsFacts(ProjectFiles files, ContentNotes notes) {
    this.task = new FutureTask<>(() -> scan(files, notes));
  }

  /** The scan, run by the first caller of {@link #result()}. */
  public static SecretsFacts of(ProjectFiles files, ContentNotes notes) {
    return new SecretsFacts(files, notes);
  }

  /** The scan, started now on its own thread. */
  public static SecretsFacts inBackground(ProjectFiles files, ContentNotes notes) {
    SecretsFacts facts = new SecretsFacts(files, notes);
    BackgroundWork.start(facts.task, "shipshape-secrets");
    return facts;
  }

  public Result result() {
    task.run(); // no-op once started elsewhere; then wait for it
    return BackgroundWork.await(task, "scanning for secrets");
  }

  /** Whether the secrets scan reads this file at all: the team's own text, not vendored. */
  public static boolean scanned(SourceFile f) {
    return f.file().regular()
        && (f.scope() == Scope.OWN || f.scope() == Scope.TEST_DATA || f.scope() == Scope.EXAMPLE)
        && !SecretPatterns.SKIPPED_NAMES.contains(f.name());
  }

  private static Result scan(ProjectFiles files, ContentNotes notes) {
    List<SourceFile> scanned = files.all().stream().filter(SecretsFacts::scanned).toList();
    // what each file holds (empty: not text), from the notes where they have it, else read
    List<Optional<List<SecretScanner.Finding>>> found = new ArrayList<>(scanned.size());
    List<Integer> unknown = new ArrayList<>();
    int skipped = 0;
    for (SourceFile f : scanned) {
      if (f.file().size() > FileTree.MAX_TEXT_BYTES
          || SecretPatterns.BINARY_EXTENSIONS.contains(extension(f.name()))) {
        found.add(Optional.empty());
        continue;
      }
      Optional<Optional<List<SecretScanner.Finding>>> noted =
          files.contentId(f).flatMap(notes::get).flatMap(SecretsFacts::decode);
      found.add(noted.orElse(null));
      if (noted.isEmpty()) {
        unknown.add(found.size() - 1);
      }
    }
    List<SourceFile> toRead = unknown.stream().map(scanned::get).toList();
    int[] next = {0};
    files.texts(
        toRead,
        (f, text) -> {
          Optional<List<SecretScanner.Finding>> findings = text.map(SecretScanner::scan);
          found.set(unknown.get(next[0]++), findings);
          Optional<String> id = files.contentId(f);
          // a file the clone did not fetch (size unknown) was not read: nothing to note about it
          if (id.isPresent() && f.file().size() >= 0) {
            notes.put(id.get(), encode(findings));
          }
        });
    List<FileFindings> withFindings = new ArrayList<>();
    int read = 0;
    for (int i = 0; i < scanned.size(); i++) {
      Optional<List<SecretScanner.Finding>> findings = found.get(i);
      if (findings.isEmpty()) {
        skipped++;
        continue;
      }
      read++;
      if (!findings.get().isEmpty()) {
        withFindings.add(new FileFindings(scanned.get(i), findings.get()));
      }
    }
    return new Result(withFindings, read, skipped);
  }

  static byte[] encode(Optional<List<SecretScanner.Finding>> findings) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(findings.isPresent() ? TEXT : NOT_TEXT);
      if (findings.isPresent()) {
        out.writeInt(findings.get().size());
        for (SecretScanner.Finding finding : findings.get()) {
          out.writeInt(finding.line());
          out.writeUTF(finding.kind());
        }
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The note's findings (empty inside: not text), or empty when the note cannot be read. */
  static Optional<Optional<List<SecretScanner.Finding>>> decode(byte[] note) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(note))) {
      byte kind = in.readByte();
      if (kind == NOT_TEXT && in.available() == 0) {
        return Optional.of(Optional.empty());
      }
      if (kind != TEXT) {
        return Optional.empty();
      }
      int n = in.readInt();
      if (n < 0 || n > note.length) {
        return Optional.empty();
      }
      List<SecretScanner.Finding> findings = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int line = in.readInt();
        findings.add(new SecretScanner.Finding(in.readUTF(), line));
      }
      return in.available() == 0 ? Optional.of(Optional.of(findings)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A digest of everything that decides what the scanner finds. */
  private static String fingerprint() {
    StringBuilder all = new StringBuilder("scanner ").append(SCANNER_VERSION).append('\n');
    for (SecretPatterns.SecretPattern p : SecretPatterns.ALL) {
      all.append(p.kind())
          .append('\0')
          .append(p.literals())
          .append('\0')
          .append(p.pattern().pattern())
          .append('\0')
          .append(p.pattern().flags())
          .append('\n');
    }
    all.append(SecretPatterns.CREDENTIAL_NAMES)
        .append('\n')
        .append(SecretPatterns.ASSIGNMENT.pattern())
        .append(SecretPatterns.ASSIGNMENT.flags())
        .append('\n')
        .append(SecretPatterns.ENTROPY_THRESHOLD)
        .append('\n')
        .append(SecretPatterns.PLACEHOLDERS);
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(all.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
