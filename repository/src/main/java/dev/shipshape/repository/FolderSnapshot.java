package dev.shipshape.repository;

import dev.shipshape.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder that is not a git repository, read from the file system. Symlinks are listed, never
 * followed; the listing stops at {@link #MAX_FILES} entries.
 */
final class FolderSnapshot implements Snapshot {
  static final int MAX_FILES = 1_000_000;

  private final SnapshotInfo info;
  private final FolderTree tree;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  FolderSnapshot(Path root, String location) throws IOException {
    Path name = root.toAbsolutePath().normalize().getFileName();
    this.info =
        new SnapshotInfo(
            location, name == null ? location : name.toString(), null, null, null, false, false);
    this.tree = new FolderTree(root, diagnostics);
    diagnostics.add(
        Diagnostic.warning(
            "not a git repository: files read from the folder, history metrics unknown"));
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
    return History.unknown("not a git repository, so there is no history to read");
  }

  @Override
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  @Override
  public void close() {}

  private static final class FolderTree implements FileTree {
    private final Path root;
    private final List<TreeFile> files;
    private final Map<String, TreeFile> byPath = new HashMap<>();

    FolderTree(Path root, List<Diagnostic> diagnostics) throws IOException {
      this.root = root;
      List<TreeFile> list = new ArrayList<>();
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (list.size() >= MAX_FILES) {
                diagnostics.add(
                    Diagnostic.warning("more than " + MAX_FILES + " files: the rest were skipped"));
                return FileVisitResult.TERMINATE;
              }
              String path = root.relativize(file).toString().replace('\\', '/');
              TreeFile.Kind kind =
                  attrs.isSymbolicLink()
                      ? TreeFile.Kind.SYMLINK
                      : Files.isExecutable(file) ? TreeFile.Kind.EXECUTABLE : TreeFile.Kind.FILE;
              if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                list.add(new TreeFile(path, kind, attrs.isSymbolicLink() ? 0 : attrs.size()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
              diagnostics.add(
                  Diagnostic.warning("cannot read " + root.relativize(file) + ": skipped"));
              return FileVisitResult.CONTINUE;
            }
          });
      list.sort(Comparator.comparing(TreeFile::path));
      this.files = List.copyOf(list);
      files.forEach(f -> byPath.put(f.path(), f));
    }

    @Override
    public List<TreeFile> files() {
      return files;
    }

    @Override
    public Optional<TreeFile> file(String path) {
      return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public Optional<String> text(TreeFile file) {
      if (!file.regular() || file.size() > MAX_TEXT_BYTES || !byPath.containsKey(file.path())) {
        return Optional.empty();
      }
      Path p = root.resolve(file.path());
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
        return Text.decode(in.readNBytes((int) MAX_TEXT_BYTES));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }
}
