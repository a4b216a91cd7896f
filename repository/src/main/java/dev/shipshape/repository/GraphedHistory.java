package dev.shipshape.repository;

import java.util.List;
import java.util.Optional;

/** A history with the repository's commit graph and diffs behind it, for the delivery metrics. */
record GraphedHistory(History window, CommitGraph commitGraph, CommitDiffs commitDiffs)
    implements History {

  @Override
  public boolean known() {
    return window.known();
  }

  @Override
  public String unknownReason() {
    return window.unknownReason();
  }

  @Override
  public boolean shallow() {
    return window.shallow();
  }

  @Override
  public List<CommitInfo> commits() {
    return window.commits();
  }

  @Override
  public List<TagRef> tags() {
    return window.tags();
  }

  @Override
  public List<BranchRef> branches() {
    return window.branches();
  }

  @Override
  public Optional<CommitGraph> graph() {
    return Optional.of(commitGraph);
  }

  @Override
  public Optional<CommitDiffs> diffs() {
    return Optional.of(commitDiffs);
  }
}
