package dev.shipshape.repository;

import java.util.Collection;
import java.util.Map;

/** Reads what commits changed; the costly part of history, so only what a metric needs. */
public interface CommitDiffs {

  /**
   * The diffs of {@code pathsOnly} (paths, no line counts) and {@code withLines} (paths and line
   * counts), by commit id. A commit in both sets is read with lines.
   */
  Map<String, CommitDiff> read(Collection<String> pathsOnly, Collection<String> withLines);

  /** How the diffs were read, for the report: "git CLI" or "JGit". */
  String reader();
}
