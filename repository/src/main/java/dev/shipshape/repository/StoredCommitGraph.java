package dev.shipshape.repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The commit graph walked over the {@link CommitStore}: from memory for commits a previous scan
 * cached, from the object database for the others. Each question gets a fresh walk.
 */
final class StoredCommitGraph implements CommitGraph {
  /**
   * Commits older than every candidate still sought, in a row, after which a reachability walk
   * stops (clock skew allowance, as {@code git log --since} has).
   */
  static final int SLOP = 200;

  private final CommitStore store;

  StoredCommitGraph(CommitStore store) {
    this.store = store;
  }

  @Override
  public Optional<CommitInfo> commit(String idOrPrefix) {
    String id = resolve(idOrPrefix);
    return id == null ? Optional.empty() : Optional.ofNullable(store.commit(id));
  }

  private String resolve(String idOrPrefix) {
    if (idOrPrefix == null || !idOrPrefix.matches("[0-9a-fA-F]{4,40}")) {
      return null;
    }
    if (idOrPrefix.length() == 40) {
      return idOrPrefix.toLowerCase(Locale.ROOT);
    }
    return store.resolve(idOrPrefix);
  }

  @Override
  public List<CommitInfo> range(
      Collection<String> include, Collection<String> exclude, boolean noMerges) {
    CommitWalk walk = new CommitWalk(store::commit);
    boolean any = false;
    for (String id : include) {
      String full = resolve(id);
      if (full != null && walk.has(full)) {
        walk.markStart(full);
        any = true;
      }
    }
    if (!any) {
      return List.of();
    }
    for (String id : exclude) {
      String full = resolve(id);
      if (full != null) {
        walk.markExcluded(full);
      }
    }
    return walk.run(noMerges ? c -> !c.merge() : c -> true);
  }

  @Override
  public Set<String> reachableFrom(String from, Collection<String> candidates) {
    Set<String> sought = new HashSet<>(candidates);
    Set<String> found = new HashSet<>();
    String start = resolve(from);
    if (start == null || sought.isEmpty() || store.commit(start) == null) {
      return found;
    }
    long oldest = Long.MAX_VALUE;
    for (String id : sought) {
      String full = resolve(id);
      CommitInfo c = full == null ? null : store.commit(full);
      if (c != null) {
        oldest = Math.min(oldest, c.commitTime().getEpochSecond());
      }
    }
    CommitWalk walk = new CommitWalk(store::commit);
    walk.markStart(start);
    int olderInARow = 0;
    for (CommitInfo c = walk.next(x -> true); c != null; c = walk.next(x -> true)) {
      if (sought.remove(c.id())) {
        found.add(c.id());
        if (sought.isEmpty()) {
          break;
        }
      }
      olderInARow = c.commitTime().getEpochSecond() < oldest ? olderInARow + 1 : 0;
      if (olderInARow >= SLOP) {
        break;
      }
    }
    return found;
  }
}
