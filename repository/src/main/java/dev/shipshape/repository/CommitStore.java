package dev.shipshape.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
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
  private final FutureTask<Loaded> loading;
  private volatile Loaded loaded;
  private volatile boolean changed;
  private volatile boolean readObjects;

  /** The cache's maps, written to as the scan reads more. */
  private record Loaded(
      Map<String, CommitInfo> commits,
      Map<String, CommitDiff> paths,
      Map<String, CommitDiff> lines) {
    static Loaded of(CommitCacheFile.Contents c) {
      return new Loaded(concurrent(c.commits()), concurrent(c.paths()), concurrent(c.lines()));
    }

    private static <V> Map<String, V> concurrent(Map<String, V> m) {
      return m instanceof ConcurrentHashMap<String, V> c ? c : new ConcurrentHashMap<>(m);
    }
  }

  private CommitStore(Repository repo, CommitCacheFile file, FutureTask<Loaded> loading) {
    this.reader = repo.newObjectReader();
    this.parser = new RevWalk(reader);
    parser.setRetainBody(true);
    this.file = file;
    this.loading = loading;
  }

  /** A store that reads the object database only and saves nothing. */
  static CommitStore uncached(Repository repo) {
    FutureTask<Loaded> none = new FutureTask<>(() -> Loaded.of(CommitCacheFile.Contents.EMPTY));
    none.run();
    return new CommitStore(repo, null, none);
  }

  /**
   * A store backed by the cache file of the repository named {@code identity} in {@code folder}; a
   * missing, damaged or foreign file is treated as empty and replaced on save. The file is read in
   * the background while the repository is opened (JGit reads its pack index meanwhile).
   */
  static CommitStore cached(Repository repo, Path folder, String identity) {
    CommitCacheFile file = CommitCacheFile.of(folder, identity);
    FutureTask<Loaded> loading =
        BackgroundWork.start(() -> Loaded.of(file.read()), "shipshape-cache");
    return new CommitStore(repo, file, loading);
  }

  private Loaded loaded() {
    Loaded l = loaded;
    if (l == null) {
      loading.run(); // no-op once started; then wait for it
      l = BackgroundWork.await(loading, "reading the cache");
      loaded = l;
    }
    return l;
  }

  /** The commit, or null when the repository does not have it. */
  CommitInfo commit(String id) {
    CommitInfo c = loaded().commits().get(id);
    return c != null ? c : parse(id);
  }

  /** The commit if the cache holds it; null otherwise (the object database is not asked). */
  CommitInfo cached(String id) {
    return loaded().commits().get(id);
  }

  private synchronized CommitInfo parse(String id) {
    Map<String, CommitInfo> commits = loaded().commits();
    CommitInfo c = commits.get(id);
    if (c != null) {
      return c;
    }
    readObjects = true;
    try {
      RevCommit rc = parser.parseCommit(ObjectId.fromString(id));
      c = toInfo(rc);
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

  /**
   * Whether this scan has read the object database through JGit, which then holds the pack index in
   * memory: from then on, it reads blobs more cheaply than a git process.
   */
  boolean readObjects() {
    return readObjects;
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
    Loaded l = loaded();
    return (withLines ? l.lines() : l.paths()).get(id);
  }

  void putDiff(CommitDiff diff, boolean withLines) {
    Loaded l = loaded();
    (withLines ? l.lines() : l.paths()).put(diff.commit(), diff);
    changed = true;
  }

  /** Saves what this scan added to the cache file, if there is one. */
  void save() {
    if (file != null && changed) {
      Loaded l = loaded();
      file.write(
          new CommitCacheFile.Contents(
              Map.copyOf(l.commits()), Map.copyOf(l.paths()), Map.copyOf(l.lines())));
      changed = false;
    }
  }

  @Override
  public synchronized void close() {
    parser.close();
    reader.close();
  }

  /** What the cache keeps of a commit JGit parsed. */
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
}
