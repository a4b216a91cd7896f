package dev.shipshape.repository;

import java.util.Optional;

/**
 * What an earlier scan learned about a file's content, by content id (a git blob id), so a later
 * scan need not read the content again. A content id names its bytes, so a note never goes stale; a
 * note's meaning is its writer's, who names the notes by what and which version wrote them.
 * Implementations are safe to use from several threads.
 */
public interface ContentNotes {

  /** Notes that remember nothing: every content is read. */
  ContentNotes NONE =
      new ContentNotes() {
        @Override
        public Optional<byte[]> get(String contentId) {
          return Optional.empty();
        }

        @Override
        public void put(String contentId, byte[] note) {}
      };

  /** The note on this content, if one was kept. */
  Optional<byte[]> get(String contentId);

  /** Keeps a note on this content (a 40-hex-digit blob id) for later scans. */
  void put(String contentId, byte[] note);
}
