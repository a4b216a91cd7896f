package dev.shipshape.repository;

/** One entry of the committed tree. {@code path} uses '/' and is relative to the root. */
public record TreeFile(String path, Kind kind, long size) {

  public enum Kind {
    FILE,
    EXECUTABLE,
    SYMLINK,
    SUBMODULE
  }

  /** The last path segment. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The folder, "" at the root. */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  public boolean regular() {
    return kind == Kind.FILE || kind == Kind.EXECUTABLE;
  }
}
