package dev.shipshape.repository;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.storage.file.WindowCacheConfig;

/** Opens a snapshot of whatever the user pointed at. */
public final class Repositories {
  private static final Pattern URL =
      Pattern.compile("^(https?|ssh|git|file)://.+|^[\\w.-]+@[\\w.-]+:.+");

  /** Blobs larger than this are left out of a clone: they would never be read as text. */
  static final String CLONE_BLOB_LIMIT = "1m";

  static {
    // JGit's defaults suit small repositories; these matter 2-3x on large ones
    // (PERFORMANCE-NOTES.md).
    WindowCacheConfig cache = new WindowCacheConfig();
    cache.setPackedGitLimit(256L << 20);
    cache.setPackedGitMMAP(true);
    cache.setDeltaBaseCacheLimit(64 << 20);
    cache.install();
  }

  private Repositories() {}

  public static boolean isUrl(String location) {
    return URL.matcher(location).matches();
  }

  /**
   * Opens the snapshot. Throws {@link RepositoryException} with a one-line message for anything the
   * user can fix; leaves nothing behind in temporary folders when it does.
   */
  public static Snapshot open(SnapshotRequest request) {
    return open(request, SnapshotOptions.NONE);
  }

  /** With a per-commit cache and a progress callback (see {@link SnapshotOptions}). */
  public static Snapshot open(SnapshotRequest request, SnapshotOptions options) {
    String location = request.location();
    if (isUrl(location)) {
      return openUrl(request, options);
    }
    Path path = Path.of(location);
    if (!Files.exists(path)) {
      throw new RepositoryException("path does not exist: " + location);
    }
    if (!Files.isDirectory(path)) {
      throw new RepositoryException("not a folder: " + location);
    }
    if (!Files.isReadable(path) || !Files.isExecutable(path)) {
      throw new RepositoryException("cannot read folder: " + location);
    }
    try {
      Repository repo = findRepository(path.toAbsolutePath().normalize().toFile());
      if (repo == null) {
        return new FolderSnapshot(path, location);
      }
      return openGit(repo, location, request, () -> {}, options, identity(repo));
    } catch (IOException e) {
      throw new RepositoryException("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  private static Repository findRepository(File dir) throws IOException {
    if (new File(dir, "HEAD").isFile() && new File(dir, "objects").isDirectory()) {
      return new FileRepositoryBuilder().setGitDir(dir).setMustExist(true).setBare().build();
    }
    // Not readEnvironment(): a GIT_DIR set by a hook or a shell would replace the folder asked for.
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir);
    if (builder.getGitDir() == null) {
      return null;
    }
    return builder.setMustExist(true).build();
  }

  /** What names a local repository in the cache: its git folder, resolved. */
  private static String identity(Repository repo) {
    Path dir = repo.getDirectory().toPath().toAbsolutePath().normalize();
    try {
      return dir.toRealPath().toString();
    } catch (IOException e) {
      return dir.toString();
    }
  }

  private static Snapshot openGit(
      Repository repo,
      String location,
      SnapshotRequest request,
      Runnable onClose,
      SnapshotOptions options,
      String identity)
      throws IOException {
    CommitStore store = null;
    try {
      // A shallow clone's graft points read as root commits: facts that deepening would change.
      boolean cacheable =
          options.cacheFolder() != null && repo.getObjectDatabase().getShallowCommits().isEmpty();
      store =
          cacheable
              ? CommitStore.cached(repo, options.cacheFolder(), identity)
              : CommitStore.uncached(repo);
      StoredNotes.Shelf notes =
          new StoredNotes.Shelf(cacheable ? options.cacheFolder() : null, identity);
      return new GitSnapshot(
          repo,
          location,
          request.revision(),
          request.window(),
          onClose,
          store,
          notes,
          options.progress());
    } catch (RuntimeException | IOException e) {
      if (store != null) {
        store.close();
      }
      repo.close();
      throw e;
    }
  }

  private static Snapshot openUrl(SnapshotRequest request, SnapshotOptions options) {
    String url = request.location();
    Path dir;
    try {
      dir = Files.createTempDirectory("shipshape-clone-");
    } catch (IOException e) {
      throw new RepositoryException("cannot create a temporary folder to clone into: " + e, e);
    }
    TempFolder temp = new TempFolder(dir);
    try {
      clone(url, dir);
      Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setBare().build();
      return openGit(repo, url, request, temp::delete, options, url);
    } catch (RuntimeException | IOException e) {
      temp.delete();
      if (e instanceof RepositoryException re) {
        throw re;
      }
      throw new RepositoryException("cannot read " + url + ": " + e.getMessage(), e);
    }
  }

  private static void clone(String url, Path dir) throws IOException {
    if (GitCli.available()) {
      GitCli.Result r =
          GitCli.run(
              null,
              List.of(
                  "clone",
                  "--bare",
                  "--quiet",
                  "--template=",
                  "--filter=blob:limit=" + CLONE_BLOB_LIMIT,
                  "--",
                  url,
                  dir.toString()),
              3600);
      if (r.exit() != 0) {
        throw new RepositoryException("cannot clone " + url + ": " + r.firstErrorLine());
      }
      return;
    }
    try (Git git =
        Git.cloneRepository().setURI(url).setBare(true).setDirectory(dir.toFile()).call()) {
      // cloned
    } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
      throw new RepositoryException("cannot clone " + url + ": " + e.getMessage(), e);
    }
  }
}
