package dev.shipshape.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Questions about the whole commit graph behind the revision, not just the window: ranges as {@code
 * git rev-list}, single commits and reachability. In a shallow clone the graph ends at the graft
 * points.
 */
public interface CommitGraph {

  /** A commit by full id or unique abbreviation, when the repository has it. */
  Optional<CommitInfo> commit(String idOrPrefix);

  /**
   * {@code git rev-list [--no-merges] include... ^exclude...}: commits reachable from any of {@code
   * include} and from none of {@code exclude}, newest (by committer time) first. Ids the repository
   * does not have are ignored.
   */
  List<CommitInfo> range(Collection<String> include, Collection<String> exclude, boolean noMerges);

  /** Those of {@code candidates} (full ids) that are reachable from {@code from}. */
  Set<String> reachableFrom(String from, Collection<String> candidates);
}
