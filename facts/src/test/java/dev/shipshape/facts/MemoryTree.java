package dev.shipshape.facts;

import dev.shipshape.facts.files.FileClassifier;
import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.repository.FileTree;
import dev.shipshape.repository.TreeFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tree in memory for the facts' tests: content ids are digests of the content; reads are counted.
 */
public final class MemoryTree implements FileTree {
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  public MemoryTree with(String path, String text) {
    texts.put(path, text);
    return this;
  }

  /** How many times a file's text was read. */
  public int reads() {
    return reads.get();
  }

  /** The files of this tree, classified with nothing ignored. */
  public ProjectFiles projectFiles() {
    return new ProjectFiles(this, new FileClassifier(p -> false));
  }

  @Override
  public List<TreeFile> files() {
    List<TreeFile> files = new ArrayList<>();
    texts.forEach((p, t) -> files.add(new TreeFile(p, TreeFile.Kind.FILE, t.length())));
    files.sort(Comparator.comparing(TreeFile::path));
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
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
