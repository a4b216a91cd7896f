package dev.shipshape.repository;

import java.util.List;

/**
 * What one commit changed against its first parent (a root commit: against the empty tree), renames
 * not detected. {@code added} and {@code deleted} are line counts, null when they were not asked
 * for; a binary file changes no lines.
 */
public record CommitDiff(String commit, List<String> paths, Integer added, Integer deleted) {

  public CommitDiff {
    paths = List.copyOf(paths);
  }

  public boolean hasLines() {
    return added != null && deleted != null;
  }

  /** Lines added plus lines deleted, or null when not counted. */
  public Integer linesChanged() {
    return hasLines() ? added + deleted : null;
  }
}
