package dev.shipshape.repository;

import java.util.List;
import java.util.Optional;

/**
 * The history behind the analysed revision, walked once per scan. Commits are those reachable from
 * the revision whose committer time lies in the requested window, newest first.
 */
public interface History {

  /** False when there is no history to read (a plain folder); see {@link #unknownReason()}. */
  boolean known();

  String unknownReason();

  /** True when the repository is a shallow clone: history before the graft points is missing. */
  boolean shallow();

  List<CommitInfo> commits();

  /** Tags whose target is a commit, sorted by name. */
  List<TagRef> tags();

  /** Local branches (or, in a mirror, its heads), sorted by name. */
  List<BranchRef> branches();

  /**
   * The whole commit graph behind the revision, for ranges that reach before the window (lead time,
   * branch lifetime, tag reachability); empty without git.
   */
  default Optional<CommitGraph> graph() {
    return Optional.empty();
  }

  /** What commits changed, read on demand; empty without git. */
  default Optional<CommitDiffs> diffs() {
    return Optional.empty();
  }

  static History unknown(String reason) {
    return new History() {
      @Override
      public boolean known() {
        return false;
      }

      @Override
      public String unknownReason() {
        return reason;
      }

      @Override
      public boolean shallow() {
        return false;
      }

      @Override
      public List<CommitInfo> commits() {
        return List.of();
      }

      @Override
      public List<TagRef> tags() {
        return List.of();
      }

      @Override
      public List<BranchRef> branches() {
        return List.of();
      }
    };
  }
}
