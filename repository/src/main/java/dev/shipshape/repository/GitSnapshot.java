package dev.shipshape.repository;

import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/** A git repository read through JGit from its object database; nothing is checked out. */
final class GitSnapshot implements Snapshot {
  private final Repository repo;
  private final SnapshotInfo info;
  private final ListedTree tree;
  private final History history;
  private final CommitStore store;
  private final StoredNotes.Shelf notes;
  private final FutureTask<Refs> refs;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Runnable onClose;
  private final boolean ownsRepository;

  GitSnapshot(
      Repository repo,
      String location,
      String revision,
      WindowSpec spec,
      Runnable onClose,
      CommitStore store,
      StoredNotes.Shelf notes,
      java.util.function.Consumer<String> progress)
      throws IOException {
    this(repo, location, revision, spec, onClose, true, store, notes, null, progress);
  }

  private GitSnapshot(
      Repository repo,
      String location,
      String revision,
      WindowSpec spec,
      Runnable onClose,
      boolean ownsRepository,
      CommitStore store,
      StoredNotes.Shelf notes,
      FutureTask<Refs> refs,
      java.util.function.Consumer<String> progress)
      throws IOException {
    this.repo = repo;
    this.store = store;
    this.notes = notes;
    this.onClose = onClose;
    this.ownsRepository = ownsRepository;
    String named = refTarget(repo, revision);
    // git lists the tree and reads the refs on the other core while the cache is read
    FutureTask<GitCliTree> early =
        named == null
            ? null
            : BackgroundWork.start(() -> cliTree(repo, named, store), "shipshape-tree");
    // the refs are the repository's, not the revision's: read once, shared with other revisions
    this.refs = refs != null ? refs : BackgroundWork.start(() -> readRefs(repo), "shipshape-refs");
    CommitInfo commit = commitOf(repo, location, revision, named, store);
    Instant revisionTime = commit.commitTime();
    this.info =
        new SnapshotInfo(
            location,
            nameOf(repo, location),
            commit.id(),
            branchOf(repo, revision),
            revisionTime,
            repo.isBare(),
            true);
    progress.accept("listing the files of " + commit.id().substring(0, 12));
    this.tree = listTree(repo, commit.id(), early, store);
    Window window = spec.resolve(revisionTime);
    progress.accept("walking the history");
    this.history =
        new GraphedHistory(
            readHistory(commit.id(), window),
            new StoredCommitGraph(store),
            new StoredDiffs(store, new GitDiffReader(repo, GitCli::available)));
  }

  /**
   * The commit the revision names. A branch, HEAD or a full id whose commit is in the cache is
   * resolved from the refs alone, without opening the object database (its index is most of a
   * repeat scan's reading on a large repository); anything else through JGit.
   */
  private static CommitInfo commitOf(
      Repository repo, String location, String revision, String named, CommitStore store)
      throws IOException {
    CommitInfo cached = named == null ? null : store.cached(named);
    if (cached != null) {
      return cached;
    }
    ObjectId id = resolve(repo, location, revision);
    CommitInfo commit = store.commit(id.name());
    if (commit == null) {
      throw new RepositoryException("cannot read commit " + id.name() + " in " + location);
    }
    return commit;
  }

  /** The id a ref or a full commit id names, read from the refs only; null for anything else. */
  private static String refTarget(Repository repo, String revision) throws IOException {
    if (ObjectId.isId(revision)) {
      return revision.toLowerCase(java.util.Locale.ROOT);
    }
    Ref ref;
    try {
      ref = "HEAD".equals(revision) ? repo.exactRef(Constants.HEAD) : repo.findRef(revision);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return ref == null || ref.getObjectId() == null ? null : ref.getObjectId().name();
  }

  /**
   * Listed by the git CLI when it is installed and the clone is complete; by JGit otherwise. {@code
   * early}: a listing started before the commit was known, used when it lists that commit.
   */
  private static ListedTree listTree(
      Repository repo, String commit, FutureTask<GitCliTree> early, CommitStore store)
      throws IOException {
    GitCliTree listed = early == null ? null : quietly(early);
    if (listed != null && !listed.commit().equals(commit)) {
      listed.close();
      listed = null;
    }
    if (listed == null) {
      try {
        listed = cliTree(repo, commit, store);
      } catch (IOException | RuntimeException e) {
        // JGit reads every repository git does; it is only slower to open
      }
    }
    if (listed != null) {
      return listed;
    }
    try (RevWalk walk = new RevWalk(repo)) {
      return JGitTree.list(repo, walk.parseCommit(ObjectId.fromString(commit)));
    }
  }

  /** The tree listed by git; null when git is missing or could fetch (a partial clone). */
  private static GitCliTree cliTree(Repository repo, String commit, CommitStore store)
      throws IOException {
    return GitCli.available() && !partialClone(repo)
        ? GitCliTree.list(repo, commit, store::readObjects)
        : null;
  }

  /** The background work's result; null when it failed (the caller reads another way). */
  private static <T> T quietly(FutureTask<T> task) {
    try {
      return BackgroundWork.await(task, "reading the repository");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Whether objects may be missing until fetched (a filtered clone, as URL scans make). */
  private static boolean partialClone(Repository repo) {
    var config = repo.getConfig();
    if (config.getString("extensions", null, "partialclone") != null) {
      return true;
    }
    return config.getSubsections("remote").stream()
        .anyMatch(r -> config.getBoolean("remote", r, "promisor", false));
  }

  private static ObjectId resolve(Repository repo, String location, String revision)
      throws IOException {
    Ref head = repo.exactRef(Constants.HEAD);
    if (head != null && head.getObjectId() == null && "HEAD".equals(revision)) {
      List<Ref> branches = repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS);
      if (branches.isEmpty()) {
        throw new RepositoryException("repository has no commits: " + location);
      }
      // A bare repository whose HEAD names a branch that was never pushed: common in mirrors.
      throw new RepositoryException(
          "HEAD of "
              + location
              + " points to '"
              + Repository.shortenRefName(head.getTarget().getName())
              + "', which has no commits; choose a revision, for example "
              + Repository.shortenRefName(branches.get(0).getName()));
    }
    ObjectId id;
    try {
      id = repo.resolve(revision + "^{commit}");
    } catch (org.eclipse.jgit.errors.RevisionSyntaxException
        | org.eclipse.jgit.errors.AmbiguousObjectException
        | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
      id = null;
    }
    if (id == null) {
      throw new RepositoryException(
          "unknown revision '" + revision + "' in " + location + " (try a branch, tag or commit)");
    }
    return id;
  }

  private static String branchOf(Repository repo, String revision) throws IOException {
    if ("HEAD".equals(revision)) {
      Ref head = repo.exactRef(Constants.HEAD);
      if (head != null && head.isSymbolic()) {
        return Repository.shortenRefName(head.getTarget().getName());
      }
      return null;
    }
    Ref ref = repo.exactRef(Constants.R_HEADS + revision);
    return ref == null ? null : revision;
  }

  private static String nameOf(Repository repo, String location) {
    if (Repositories.isUrl(location)) {
      // A clone's folder is a temporary one: the URL names the repository.
      String path = location.replaceAll("[/\\\\]+$", "");
      String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
      return stripGitSuffix(last.isEmpty() ? location : last);
    }
    Path dir = repo.isBare() ? repo.getDirectory().toPath() : repo.getWorkTree().toPath();
    Path last = dir.toAbsolutePath().normalize().getFileName();
    return stripGitSuffix(last == null ? location : last.toString());
  }

  private static String stripGitSuffix(String name) {
    return name.endsWith(".git") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
  }

  private History readHistory(String start, Window window) throws IOException {
    boolean shallow = !repo.getObjectDatabase().getShallowCommits().isEmpty();
    CommitWalk walk = new CommitWalk(store::commit);
    walk.markStart(start);
    List<CommitInfo> commits = walk.run(CommitWindowFilter.of(window));
    if (shallow) {
      Instant oldest = commits.isEmpty() ? null : commits.get(commits.size() - 1).commitTime();
      diagnostics.add(
          Diagnostic.warning(
              "shallow clone: history before "
                  + (oldest == null ? "the revision" : oldest.toString())
                  + " is missing; history metrics cover only what was fetched"));
    }
    Refs read;
    try {
      read = BackgroundWork.await(refs, "reading tags and branches");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new GitHistory(shallow, commits, read.tags(), read.branches());
  }

  /** The repository's tags and branches, each sorted by name. */
  private record Refs(List<TagRef> tags, List<BranchRef> branches) {}

  /** As the git CLI reads them (see {@link GitCliRefs}) when it can; by JGit otherwise. */
  private static Refs readRefs(Repository repo) {
    List<TagRef> tags = new ArrayList<>();
    List<BranchRef> branches = new ArrayList<>();
    try {
      if (!GitCli.available() || !readRefsByGit(repo, tags, branches)) {
        tags.clear();
        branches.clear();
        readRefsByJGit(repo, tags, branches);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tags.sort(Comparator.comparing(TagRef::name));
    branches.sort(Comparator.comparing(BranchRef::name));
    return new Refs(List.copyOf(tags), List.copyOf(branches));
  }

  /** False when git could not read them. */
  private static boolean readRefsByGit(
      Repository repo, List<TagRef> tags, List<BranchRef> branches) {
    try {
      GitCliRefs.Refs refs = GitCliRefs.read(repo);
      tags.addAll(refs.tags());
      branches.addAll(refs.branches());
      try (RevWalk walk = new RevWalk(repo)) {
        for (String nested : refs.nested()) {
          Ref ref = repo.exactRef(nested);
          TagRef tag = ref == null ? null : tagOf(walk, ref);
          if (tag != null) {
            tags.add(tag);
          }
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void readRefsByJGit(Repository repo, List<TagRef> tags, List<BranchRef> branches)
      throws IOException {
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        TagRef tag = tagOf(walk, ref);
        if (tag != null) {
          tags.add(tag);
        }
      }
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
        try {
          RevCommit tip = walk.parseCommit(ref.getObjectId());
          branches.add(
              new BranchRef(
                  Repository.shortenRefName(ref.getName()),
                  tip.name(),
                  tip.getCommitterIdent().getWhenAsInstant()));
        } catch (MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
          // a ref to something we cannot read is not a branch we can measure
        }
      }
    }
  }

  /** The tag, peeled to its commit; null when it names no commit or cannot be read. */
  private static TagRef tagOf(RevWalk walk, Ref ref) throws IOException {
    RevObject obj;
    try {
      obj = walk.parseAny(ref.getObjectId());
      Instant taggerTime = null;
      boolean annotated = false;
      while (obj instanceof RevTag tag) {
        if (!annotated && tag.getTaggerIdent() != null) {
          taggerTime = tag.getTaggerIdent().getWhenAsInstant();
        }
        annotated = true;
        obj = walk.parseAny(tag.getObject());
      }
      if (obj instanceof RevCommit commit) {
        return new TagRef(
            Repository.shortenRefName(ref.getName()), commit.name(), annotated, taggerTime);
      }
      return null;
    } catch (MissingObjectException e) {
      return null;
    }
  }

  @Override
  public SnapshotInfo info() {
    return info;
  }

  @Override
  public FileTree tree() {
    return tree;
  }

  @Override
  public History history() {
    return history;
  }

  @Override
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(tree.diagnostics());
    return all;
  }

  @Override
  public java.util.Optional<String> remoteUrl() {
    var config = repo.getConfig();
    String url = config.getString("remote", "origin", "url");
    if (url == null) {
      var remotes = config.getSubsections("remote");
      if (remotes.size() == 1) {
        url = config.getString("remote", remotes.iterator().next(), "url");
      }
    }
    if (url == null && Repositories.isUrl(info.location())) {
      url = info.location();
    }
    return java.util.Optional.ofNullable(url == null || url.isBlank() ? null : url.trim());
  }

  @Override
  public ContentNotes notes(String kind) {
    return notes.notes(kind);
  }

  @Override
  public Snapshot at(String revision, WindowSpec window) {
    try {
      return new GitSnapshot(
          repo, info.location(), revision, window, () -> {}, false, store, notes, refs, p -> {});
    } catch (IOException e) {
      throw new RepositoryException("cannot read " + revision + " in " + info.location(), e);
    }
  }

  @Override
  public void close() {
    tree.close();
    if (!ownsRepository) {
      return;
    }
    try {
      store.save();
      notes.save();
      store.close();
      repo.close();
    } finally {
      onClose.run();
    }
  }

  private record GitHistory(
      boolean shallow, List<CommitInfo> commits, List<TagRef> tags, List<BranchRef> branches)
      implements History {
    @Override
    public boolean known() {
      return true;
    }

    @Override
    public String unknownReason() {
      return null;
    }
  }
}
