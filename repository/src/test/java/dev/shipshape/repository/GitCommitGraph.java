package dev.shipshape.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * The commit graph read through JGit, kept as the reference the tests hold {@link
 * StoredCommitGraph} (what scans use) to: {@code CommitCacheTest} and {@code CommitDiffsTest} check
 * that walks over the store return what JGit's walks return. Single commits come from one
 * long-lived walk; each range or reachability question gets a fresh walk on the shared reader.
 * Synchronised: walks and readers are not thread-safe.
 */
final class GitCommitGraph implements CommitGraph {
  /**
   * Commits older than every candidate still sought, in a row, after which a reachability walk
   * stops (clock skew allowance, as {@code git log --since} has).
   */
  static final int SLOP = StoredCommitGraph.SLOP;

  private final Repository repo;
  private final ObjectReader reader;
  private final RevWalk walk;

  GitCommitGraph(Repository repo) {
    this.repo = repo;
    this.reader = repo.newObjectReader();
    this.walk = new RevWalk(reader);
    walk.setRetainBody(true);
  }

  @Override
  public synchronized Optional<CommitInfo> commit(String idOrPrefix) {
    try {
      ObjectId id = resolve(idOrPrefix);
      return id == null ? Optional.empty() : Optional.of(CommitStore.toInfo(walk.parseCommit(id)));
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectId resolve(String idOrPrefix) throws IOException {
    if (idOrPrefix == null || !idOrPrefix.matches("[0-9a-fA-F]{4,40}")) {
      return null;
    }
    if (idOrPrefix.length() == 40) {
      return ObjectId.fromString(idOrPrefix);
    }
    Collection<ObjectId> found = reader.resolve(AbbreviatedObjectId.fromString(idOrPrefix));
    return found.size() == 1 ? found.iterator().next() : null;
  }

  @Override
  public synchronized List<CommitInfo> range(
      Collection<String> include, Collection<String> exclude, boolean noMerges) {
    try (RevWalk walk = new RevWalk(reader)) {
      walk.setRetainBody(true);
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.setRevFilter(noMerges ? RevFilter.NO_MERGES : RevFilter.ALL);
      boolean any = false;
      for (String id : include) {
        RevCommit c = parse(walk, id);
        if (c != null) {
          walk.markStart(c);
          any = true;
        }
      }
      if (!any) {
        return List.of();
      }
      for (String id : exclude) {
        RevCommit c = parse(walk, id);
        if (c != null) {
          walk.markUninteresting(c);
        }
      }
      List<CommitInfo> out = new ArrayList<>();
      for (RevCommit c : walk) {
        out.add(CommitStore.toInfo(c));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized Set<String> reachableFrom(String from, Collection<String> candidates) {
    Set<String> sought = new HashSet<>(candidates);
    Set<String> found = new HashSet<>();
    try (RevWalk walk = new RevWalk(reader)) {
      walk.setRetainBody(false); // reachability needs the graph, not the messages
      walk.sort(RevSort.COMMIT_TIME_DESC);
      RevCommit start = parse(walk, from);
      if (start == null || sought.isEmpty()) {
        return found;
      }
      long oldest = Long.MAX_VALUE;
      for (String id : sought) {
        RevCommit c = parse(walk, id);
        if (c != null) {
          oldest = Math.min(oldest, c.getCommitTime());
        }
      }
      walk.markStart(start);
      int olderInARow = 0;
      for (RevCommit c : walk) {
        if (sought.remove(c.name())) {
          found.add(c.name());
          if (sought.isEmpty()) {
            break;
          }
        }
        olderInARow = c.getCommitTime() < oldest ? olderInARow + 1 : 0;
        if (olderInARow >= SLOP) {
          break;
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RevCommit parse(RevWalk walk, String id) throws IOException {
    try {
      ObjectId oid = resolve(id);
      return oid == null ? null : walk.parseCommit(oid);
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      return null;
    }
  }

  synchronized void close() {
    walk.close();
    reader.close();
  }
}
