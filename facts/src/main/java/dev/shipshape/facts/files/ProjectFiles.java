package dev.shipshape.facts.files;

import dev.shipshape.repository.FileTree;
import dev.shipshape.repository.TreeFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
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
    return remember(file, tree.text(file.file()));
  }

  private Optional<String> remember(SourceFile file, Optional<String> text) {
    long size = file.file().size();
    if (size <= CACHE_FILE_LIMIT && cachedBytes.addAndGet(size) <= CACHE_BUDGET) {
      texts.put(file.path(), text);
    }
    return text;
  }

  /**
   * The texts of many files, each handed to {@code each} in the order given as soon as it is read
   * (see {@link FileTree#texts}: faster than {@link #text(SourceFile)} one at a time); small ones
   * are remembered as {@code text} remembers them.
   */
  public void texts(List<SourceFile> files, BiConsumer<SourceFile, Optional<String>> each) {
    int[] next = {0};
    tree.texts(
        files.stream().map(SourceFile::file).toList(),
        (treeFile, text) -> {
          SourceFile f = files.get(next[0]++);
          each.accept(f, remember(f, text));
        });
  }

  public Optional<String> text(String path) {
    return get(path).flatMap(this::text);
  }
}
