package dev.shipshape.repository;

/**
 * What to read: a location as the user gave it (a path to a working copy or any folder inside it, a
 * bare repository or mirror, a plain folder, or a URL), the revision, and the history window.
 */
public record SnapshotRequest(String location, String revision, WindowSpec window) {

  public SnapshotRequest {
    if (revision == null || revision.isBlank()) {
      revision = "HEAD";
    }
    if (window == null) {
      window = WindowSpec.defaults();
    }
  }

  public static SnapshotRequest of(String location) {
    return new SnapshotRequest(location, "HEAD", WindowSpec.defaults());
  }
}
