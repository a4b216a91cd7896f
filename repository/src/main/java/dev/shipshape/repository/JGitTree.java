package dev.shipshape.repository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** The committed tree listed by JGit; content read from the object database on demand. */
final class JGitTree extends ListedTree {
  private final Repository repo;

  private JGitTree(Repository repo, List<Entry> listed, int missing) {
    super(listed, missing);
    this.repo = repo;
  }

  static JGitTree list(Repository repo, RevCommit commit) throws IOException {
    List<Entry> listed = new ArrayList<>();
    int missing = 0;
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
        listed.add(new Entry(new TreeFile(walk.getPathString(), kind, size), id.name()));
      }
    }
    return new JGitTree(repo, listed, missing);
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

  @Override
  byte[] read(String id, int limit) throws IOException {
    return readBlob(repo, id, limit);
  }

  /** The blob's bytes (at most {@code limit}), or null when the repository lacks it. */
  static byte[] readBlob(Repository repo, String id, int limit) throws IOException {
    try (ObjectReader reader = repo.newObjectReader()) {
      ObjectLoader loader = reader.open(ObjectId.fromString(id), Constants.OBJ_BLOB);
      return loader.getBytes(limit);
    } catch (MissingObjectException ex) {
      return null;
    }
  }
}
