package dev.shipshape.facts.files;

import dev.shipshape.repository.FileTree;
import dev.shipshape.repository.TreeFile;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The classified files of the tree, with their text read at most once (checks never open files
 * themselves; they ask here).
 */
public final class ProjectFiles {
  private final FileTree tree;
  private final List<SourceFile> all;
  private final Map<String, SourceFile> byPath;
  private static final long CACHE_FILE_LIMIT = 256 * 1024;
  private static final long CACHE_BUDGET = 48L * 1024 * 1024;
  private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();
  private final AtomicLong cachedBytes = new AtomicLong();

  public ProjectFiles(FileTree tree, FileClassifier classifier) {
    this.tree = tree;
    this.all = tree.files().stream().map(classifier::classify).toList();
    this.byPath = new ConcurrentHashMap<>();
    all.forEach(f -> byPath.put(f.path(), f));
  }

  /** Every file, sorted by path. */
  public List<SourceFile> all() {
    return all;
  }

  /** Files that count as the repository's own (not test data, examples, vendored, generated). */
  public List<SourceFile> own() {
    return all.stream().filter(SourceFile::own).toList();
  }

  public Optional<SourceFile> get(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** Own files whose path matches the regular expression (whole path). */
  public List<SourceFile> matching(Predicate<SourceFile> filter) {
    return all.stream().filter(filter).toList();
  }

  /** The id of the file's content, where the tree has one (see {@link FileTree#contentId}). */
  public Optional<String> contentId(SourceFile file) {
    return tree.contentId(file.file());
  }

  /**
   * The file's text (see {@link FileTree#text(TreeFile)}). Small files are remembered within a
   * memory budget, so the many checks that look at one config read it once; large ones are read
   * each time they are asked for (only the secrets scan reads everything, once).
   */
  public Optional<String> text(SourceFile file) {
    Optional<String> cached = texts.get(file.path());
    if (cached != null) {
      return cached;
    }
    Optional<String> text = tree.text(file.file());
    long size = file.file().size();
    if (size <= CACHE_FILE_LIMIT && cachedBytes.addAndGet(size) <= CACHE_BUDGET) {
      texts.put(file.path(), text);
    }
    return text;
  }

  public Optional<String> text(String path) {
    return get(path).flatMap(this::text);
  }

  /** Hint that these files will be read (lets a partial clone fetch them together). */
  public void prefetch(Collection<SourceFile> files) {
    tree.prefetch(files.stream().map(SourceFile::file).toList());
  }
}
