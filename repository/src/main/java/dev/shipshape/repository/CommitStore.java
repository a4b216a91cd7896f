package dev.shipshape.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Per-commit facts by commit id — metadata, parents, changed paths, line counts — read from the
 * on-disk cache when there is one and from the object database otherwise, and saved back to the
 * cache when the scan read anything new. A commit id names its content, so an entry never goes
 * stale.
 */
final class CommitStore implements AutoCloseable {
  private final ObjectReader reader;
  private final RevWalk parser;
  private final CommitCacheFile file; // null: nothing is saved
  private final Map<String, CommitInfo> commits;
  private final Map<String, CommitDiff> paths;
  private final Map<String, CommitDiff> lines;
  private volatile boolean changed;

  private CommitStore(Repository repo, CommitCacheFile file, CommitCacheFile.Contents loaded) {
    this.reader = repo.newObjectReader();
    this.parser = new RevWalk(reader);
    parser.setRetainBody(true);
    this.file = file;
    this.commits = new ConcurrentHashMap<>(loaded.commits());
    this.paths = new ConcurrentHashMap<>(loaded.paths());
    this.lines = new ConcurrentHashMap<>(loaded.lines());
  }

  /** A store that reads the object database only and saves nothing. */
  static CommitStore uncached(Repository repo) {
    return new CommitStore(repo, null, CommitCacheFile.Contents.EMPTY);
  }

  /**
   * A store backed by the cache file of the repository named {@code identity} in {@code folder}; a
   * missing, damaged or foreign file is treated as empty and replaced on save.
   */
  static CommitStore cached(Repository repo, Path folder, String identity) {
    CommitCacheFile file = CommitCacheFile.of(folder, identity);
    return new CommitStore(repo, file, file.read());
  }

  /** The commit, or null when the repository does not have it. */
  CommitInfo commit(String id) {
    CommitInfo c = commits.get(id);
    return c != null ? c : parse(id);
  }

  private synchronized CommitInfo parse(String id) {
    CommitInfo c = commits.get(id);
    if (c != null) {
      return c;
    }
    try {
      RevCommit rc = parser.parseCommit(ObjectId.fromString(id));
      c = GitCommitGraph.toInfo(rc);
      rc.disposeBody(); // the info holds what is needed; the walk need not keep the raw bytes
    } catch (MissingObjectException | IncorrectObjectTypeException | IllegalArgumentException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    commits.put(id, c);
    changed = true;
    return c;
  }

  /** The one commit an abbreviated id names, or null (none, several, or not a commit id). */
  synchronized String resolve(String abbreviation) {
    try {
      var found = reader.resolve(org.eclipse.jgit.lib.AbbreviatedObjectId.fromString(abbreviation));
      return found.size() == 1 ? found.iterator().next().name() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CommitDiff diff(String id, boolean withLines) {
    return (withLines ? lines : paths).get(id);
  }

  void putDiff(CommitDiff diff, boolean withLines) {
    (withLines ? lines : paths).put(diff.commit(), diff);
    changed = true;
  }

  /** Saves what this scan added to the cache file, if there is one. */
  void save() {
    if (file != null && changed) {
      file.write(
          new CommitCacheFile.Contents(Map.copyOf(commits), Map.copyOf(paths), Map.copyOf(lines)));
      changed = false;
    }
  }

  @Override
  public synchronized void close() {
    parser.close();
    reader.close();
  }
}
