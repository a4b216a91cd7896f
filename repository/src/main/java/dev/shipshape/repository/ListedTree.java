package dev.shipshape.repository;

import dev.shipshape.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A committed tree, listed once with each file's blob id and size; content is read from the object
 * database on demand, by a subclass. Reading is bounded as {@link FileTree} says: the listed entry,
 * not the caller's copy of it, decides what may be read.
 */
abstract class ListedTree implements FileTree, AutoCloseable {
  /** One listed file and the id of its content. */
  record Entry(TreeFile file, String id) {}

  private final Map<String, Entry> entries = new HashMap<>();
  private final List<TreeFile> files;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** {@code missing}: files a partial clone did not fetch (listed with size -1). */
  ListedTree(List<Entry> listed, int missing) {
    List<TreeFile> list = new ArrayList<>(listed.size());
    for (Entry e : listed) {
      list.add(e.file());
      entries.put(e.file().path(), e);
    }
    list.sort(Comparator.comparing(TreeFile::path));
    this.files = List.copyOf(list);
    if (missing > 0) {
      diagnostics.add(
          Diagnostic.info(
              missing + " files over the clone's size limit were not fetched and not read"));
    }
  }

  /** The blob's bytes (at most {@code limit}), or null when the object database lacks it. */
  abstract byte[] read(String id, int limit) throws IOException;

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public List<TreeFile> files() {
    return files;
  }

  @Override
  public Optional<TreeFile> file(String path) {
    Entry e = entries.get(path);
    return e == null ? Optional.empty() : Optional.of(e.file());
  }

  @Override
  public Optional<String> contentId(TreeFile file) {
    Entry e = entries.get(file.path());
    return e == null ? Optional.empty() : Optional.of(e.id());
  }

  /** The listed entry of a file that may be read as text; null for any other. */
  final Entry readable(TreeFile file) {
    Entry e = entries.get(file.path());
    if (e == null
        || !e.file().regular()
        || e.file().size() < 0
        || e.file().size() > MAX_TEXT_BYTES) {
      return null;
    }
    return e;
  }

  @Override
  public Optional<String> text(TreeFile file) {
    Entry e = readable(file);
    if (e == null) {
      return Optional.empty();
    }
    try {
      byte[] bytes = read(e.id(), (int) MAX_TEXT_BYTES);
      return bytes == null ? Optional.empty() : Text.decode(bytes);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read " + file.path(), ex);
    }
  }

  @Override
  public void close() {}
}
