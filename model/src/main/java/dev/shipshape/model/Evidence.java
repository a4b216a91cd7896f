package dev.shipshape.model;

/**
 * What a check saw: a path (and line), or a commit, or a number with what it was computed from. Any
 * of path, line and commit may be null; detail is what a person reads.
 */
public record Evidence(String path, Integer line, String commit, String detail) {

  public static Evidence file(String path, String detail) {
    return new Evidence(path, null, null, detail);
  }

  public static Evidence line(String path, int line, String detail) {
    return new Evidence(path, line, null, detail);
  }

  public static Evidence commit(String commit, String detail) {
    return new Evidence(null, null, commit, detail);
  }

  public static Evidence note(String detail) {
    return new Evidence(null, null, null, detail);
  }

  /** "path:line", "path", "commit abc1234" or "" — for people, not for machines. */
  public String location() {
    if (path != null) {
      return line == null ? path : path + ":" + line;
    }
    if (commit != null) {
      return "commit " + commit.substring(0, Math.min(12, commit.length()));
    }
    return "";
  }
}
