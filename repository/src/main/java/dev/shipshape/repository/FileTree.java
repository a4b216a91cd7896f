package dev.shipshape.repository;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

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
   * Reads the texts of many files, handing each to {@code each} in the order given, as {@link
   * #text(TreeFile)} would answer it. A tree that can stream its reads does so here, faster than
   * one {@code text} at a time; one text is held in memory at a time either way.
   */
  default void texts(List<TreeFile> files, BiConsumer<TreeFile, Optional<String>> each) {
    for (TreeFile f : files) {
      each.accept(f, text(f));
    }
  }
}
