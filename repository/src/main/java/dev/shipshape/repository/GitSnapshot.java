package dev.shipshape.repository;

import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** A git repository read through JGit from its object database; nothing is checked out. */
final class GitSnapshot implements Snapshot {
  private final Repository repo;
  private final SnapshotInfo info;
  private final JGitTree tree;
  private final History history;
  private final CommitStore store;
  private final StoredNotes.Shelf notes;
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
    this(repo, location, revision, spec, onClose, true, store, notes, progress);
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
      java.util.function.Consumer<String> progress)
      throws IOException {
    this.repo = repo;
    this.store = store;
    this.notes = notes;
    this.onClose = onClose;
    this.ownsRepository = ownsRepository;
    ObjectId head = resolve(repo, location, revision);
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(head);
      Instant revisionTime = commit.getCommitterIdent().getWhenAsInstant();
      this.info =
          new SnapshotInfo(
              location,
              nameOf(repo, location),
              commit.name(),
              branchOf(repo, revision),
              revisionTime,
              repo.isBare(),
              true);
      progress.accept("listing the files of " + commit.abbreviate(12).name());
      this.tree = new JGitTree(repo, commit);
      Window window = spec.resolve(revisionTime);
      progress.accept("walking the history");
      this.history =
          new GraphedHistory(
              readHistory(commit, window),
              new StoredCommitGraph(store),
              new StoredDiffs(store, new GitDiffReader(repo, GitCli::available)));
    }
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

  private History readHistory(RevCommit start, Window window) throws IOException {
    boolean shallow = !repo.getObjectDatabase().getShallowCommits().isEmpty();
    CommitWalk walk = new CommitWalk(store::commit);
    walk.markStart(start.name());
    List<CommitInfo> commits = walk.run(CommitWindowFilter.of(window));
    if (shallow) {
      Instant oldest = commits.isEmpty() ? null : commits.get(commits.size() - 1).commitTime();
      diagnostics.add(
          Diagnostic.warning(
              "shallow clone: history before "
                  + (oldest == null ? "the revision" : oldest.toString())
                  + " is missing; history metrics cover only what was fetched"));
    }
    List<TagRef> tags = readTags();
    List<BranchRef> branches = readBranches();
    return new GitHistory(shallow, commits, tags, branches);
  }

  private List<TagRef> readTags() throws IOException {
    List<TagRef> tags = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        RevObject obj;
        try {
          obj = walk.parseAny(ref.getObjectId());
        } catch (MissingObjectException e) {
          continue;
        }
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
          tags.add(
              new TagRef(
                  Repository.shortenRefName(ref.getName()), commit.name(), annotated, taggerTime));
        }
      }
    }
    tags.sort(Comparator.comparing(TagRef::name));
    return tags;
  }

  private List<BranchRef> readBranches() throws IOException {
    List<BranchRef> branches = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
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
    branches.sort(Comparator.comparing(BranchRef::name));
    return branches;
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
  public ContentNotes notes(String kind) {
    return notes.notes(kind);
  }

  @Override
  public Snapshot at(String revision, WindowSpec window) {
    try {
      return new GitSnapshot(
          repo, info.location(), revision, window, () -> {}, false, store, notes, p -> {});
    } catch (IOException e) {
      throw new RepositoryException("cannot read " + revision + " in " + info.location(), e);
    }
  }

  @Override
  public void close() {
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

  /** The committed tree, listed once; content read from the object database on demand. */
  static final class JGitTree implements FileTree {
    private final Repository repo;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<TreeFile> files;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int missing;

    private record Entry(TreeFile file, ObjectId id) {}

    JGitTree(Repository repo, RevCommit commit) throws IOException {
      this.repo = repo;
      List<TreeFile> list = new ArrayList<>();
      try (ObjectReader reader = repo.newObjectReader();
          TreeWalk walk = new TreeWalk(repo, reader)) {
        walk.addTree(commit.getTree());
        walk.setRecursive(true);
        while (walk.next()) {
          FileMode mode = walk.getFileMode(0);
          ObjectId id = walk.getObjectId(0);
          TreeFile.Kind kind = kindOf(mode);
          long size = 0;
          if (kind != TreeFile.Kind.SUBMODULE) {
            try {
              size = reader.getObjectSize(id, Constants.OBJ_BLOB);
            } catch (MissingObjectException e) {
              size = -1; // not fetched in a partial clone: larger than the clone's blob limit
              missing++;
            }
          }
          TreeFile file = new TreeFile(walk.getPathString(), kind, size);
          list.add(file);
          entries.put(file.path(), new Entry(file, id.copy()));
        }
      }
      list.sort(Comparator.comparing(TreeFile::path));
      this.files = List.copyOf(list);
      if (missing > 0) {
        diagnostics.add(
            Diagnostic.info(
                missing + " files over the clone's size limit were not fetched and not read"));
      }
    }

    private static TreeFile.Kind kindOf(FileMode mode) {
      if (mode == FileMode.SYMLINK) {
        return TreeFile.Kind.SYMLINK;
      }
      if (mode == FileMode.GITLINK) {
        return TreeFile.Kind.SUBMODULE;
      }
      if (mode == FileMode.EXECUTABLE_FILE) {
        return TreeFile.Kind.EXECUTABLE;
      }
      return TreeFile.Kind.FILE;
    }

    List<Diagnostic> diagnostics() {
      return diagnostics;
    }

    @Override
    public List<TreeFile> files() {
      return files;
    }

    @Override
    public Optional<TreeFile> file(String path) {
      Entry e = entries.get(path);
      return e == null ? Optional.empty() : Optional.of(e.file());
    }

    @Override
    public Optional<String> text(TreeFile file) {
      Entry e = entries.get(file.path());
      // The listed entry decides, not the caller's copy of it.
      if (e == null
          || !e.file().regular()
          || e.file().size() < 0
          || e.file().size() > MAX_TEXT_BYTES) {
        return Optional.empty();
      }
      try (ObjectReader reader = repo.newObjectReader()) {
        ObjectLoader loader = reader.open(e.id(), Constants.OBJ_BLOB);
        return Text.decode(loader.getBytes((int) MAX_TEXT_BYTES));
      } catch (MissingObjectException ex) {
        return Optional.empty();
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read " + file.path(), ex);
      }
    }

    @Override
    public Optional<String> contentId(TreeFile file) {
      Entry e = entries.get(file.path());
      return e == null ? Optional.empty() : Optional.of(e.id().name());
    }

    @Override
    public void prefetch(Collection<TreeFile> files) {
      // Blobs within the clone's size limit are fetched with the clone; nothing to do.
    }
  }
}
