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
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * The commit graph read through one JGit walk, reset between questions, so commits parsed once are
 * not parsed again. Synchronised: a walk is not thread-safe.
 */
final class GitCommitGraph implements CommitGraph {
  /**
   * Commits older than every candidate still sought, in a row, after which a reachability walk
   * stops (clock skew allowance, as {@code git log --since} has).
   */
  static final int SLOP = 200;

  private final Repository repo;
  private final RevWalk walk;

  GitCommitGraph(Repository repo) {
    this.repo = repo;
    this.walk = new RevWalk(repo);
    walk.setRetainBody(true);
  }

  @Override
  public synchronized Optional<CommitInfo> commit(String idOrPrefix) {
    try {
      ObjectId id = resolve(idOrPrefix);
      return id == null ? Optional.empty() : Optional.of(toInfo(walk.parseCommit(id)));
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
    try (ObjectReader reader = repo.newObjectReader()) {
      Collection<ObjectId> found = reader.resolve(AbbreviatedObjectId.fromString(idOrPrefix));
      return found.size() == 1 ? found.iterator().next() : null;
    }
  }

  @Override
  public synchronized List<CommitInfo> range(
      Collection<String> include, Collection<String> exclude, boolean noMerges) {
    try {
      walk.reset();
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.setRevFilter(noMerges ? RevFilter.NO_MERGES : RevFilter.ALL);
      boolean any = false;
      for (String id : include) {
        RevCommit c = parse(id);
        if (c != null) {
          walk.markStart(c);
          any = true;
        }
      }
      if (!any) {
        return List.of();
      }
      for (String id : exclude) {
        RevCommit c = parse(id);
        if (c != null) {
          walk.markUninteresting(c);
        }
      }
      List<CommitInfo> out = new ArrayList<>();
      for (RevCommit c : walk) {
        out.add(toInfo(c));
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
    try {
      walk.reset();
      walk.setRevFilter(RevFilter.ALL);
      walk.sort(RevSort.COMMIT_TIME_DESC);
      RevCommit start = parse(from);
      if (start == null || sought.isEmpty()) {
        return found;
      }
      long oldest = Long.MAX_VALUE;
      for (String id : sought) {
        RevCommit c = parse(id);
        if (c != null) {
          oldest = Math.min(oldest, c.getCommitTime());
        }
      }
      walk.reset();
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.markStart(walk.parseCommit(start));
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

  private RevCommit parse(String id) throws IOException {
    try {
      ObjectId oid = resolve(id);
      return oid == null ? null : walk.parseCommit(oid);
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      return null;
    }
  }

  static CommitInfo toInfo(RevCommit c) {
    PersonIdent author = c.getAuthorIdent();
    List<String> parents = new ArrayList<>(c.getParentCount());
    for (RevCommit p : c.getParents()) {
      parents.add(p.name());
    }
    return new CommitInfo(
        c.name(),
        parents,
        author.getName(),
        author.getEmailAddress(),
        author.getWhenAsInstant(),
        c.getCommitterIdent().getWhenAsInstant(),
        c.getFullMessage());
  }

  void close() {
    walk.close();
  }
}
