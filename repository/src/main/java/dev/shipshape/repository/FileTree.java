package dev.shipshape.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The committed tree at the snapshot's revision (or a folder's files). Reading is bounded: symlinks
 * are never followed, files over the text limit are not read, binary content is not returned as
 * text. Implementations are safe to call from several threads.
 */
public interface FileTree {

  /** Files larger than this are never read as text (1 MiB). */
  long MAX_TEXT_BYTES = 1L << 20;

  /** Every entry, sorted by path. */
  List<TreeFile> files();

  Optional<TreeFile> file(String path);

  /**
   * The content as UTF-8 text; empty when the file is not a regular file, is over {@link
   * #MAX_TEXT_BYTES}, looks binary, or cannot be read.
   */
  Optional<String> text(TreeFile file);

  default Optional<String> text(String path) {
    return file(path).flatMap(this::text);
  }

  /**
   * The id that names the file's content (its git blob id), for {@link ContentNotes}; empty where
   * content has no such id (a plain folder).
   */
  default Optional<String> contentId(TreeFile file) {
    return Optional.empty();
  }

  /**
   * A hint that these files will be read soon, so that a partial clone can fetch their content in
   * one round trip. The default does nothing.
   */
  default void prefetch(Collection<TreeFile> files) {}
}
