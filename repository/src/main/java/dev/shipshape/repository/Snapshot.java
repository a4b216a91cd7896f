package dev.shipshape.repository;

import dev.shipshape.model.Diagnostic;
import java.util.List;

/**
 * One repository at one revision, read once: the committed tree and the history behind it. Closing
 * a snapshot releases the repository and removes any temporary clone.
 */
public interface Snapshot extends AutoCloseable {

  SnapshotInfo info();

  FileTree tree();

  /** The history behind the revision; {@link History#known()} is false for a plain folder. */
  History history();

  /** What reading the repository noticed (shallow history, unreadable files, limits hit). */
  List<Diagnostic> diagnostics();

  /**
   * Notes of one kind ({@code kind}: lower-case letters, digits and '-', naming what wrote them and
   * its version) on the tree's contents, kept across scans in the user's cache; {@link
   * ContentNotes#NONE} when there is no cache or the tree has no content ids.
   */
  default ContentNotes notes(String kind) {
    return ContentNotes.NONE;
  }

  /**
   * The URL of the repository's remote (its {@code origin}, else its only remote; for a URL
   * scanned, the URL), from which the forge is found; empty for a plain folder or without a remote.
   * Read from git's configuration, never by running anything.
   */
  default java.util.Optional<String> remoteUrl() {
    return java.util.Optional.empty();
  }

  /**
   * The same repository at another revision and window, sharing what is already open (a clone is
   * not made again). Closing the returned snapshot leaves this one open.
   *
   * @throws UnsupportedOperationException for a folder that is not a git repository
   */
  default Snapshot at(String revision, WindowSpec window) {
    throw new UnsupportedOperationException("a folder without git history has no other revisions");
  }

  @Override
  void close();
}
