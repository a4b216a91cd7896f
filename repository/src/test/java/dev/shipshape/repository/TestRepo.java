package dev.shipshape.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git working copy built inside a test with JGit, with commit times under the test's control.
 *
 * <pre>
 * TestRepo repo = TestRepo.create(dir).file("a.txt", "x").commit("first", t0);
 * </pre>
 */
final class TestRepo implements AutoCloseable {
  static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
  static final String AUTHOR = "Ada Tester";
  static final String EMAIL = "ada@example.org";

  private final Path dir;
  private final Git git;
  private RevCommit last;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** A new working copy in {@code dir} on branch {@code main}, with no commits. */
  static TestRepo create(Path dir) {
    try {
      return new TestRepo(
          dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  Path dir() {
    return dir;
  }

  Git git() {
    return git;
  }

  /** The last commit made through this fixture. */
  RevCommit head() {
    return last;
  }

  /** Writes and stages a file; folders are created as needed. */
  TestRepo file(String path, String content) {
    return file(path, content.getBytes(StandardCharsets.UTF_8));
  }

  TestRepo file(String path, byte[] content) {
    return write(path, () -> Files.write(dir.resolve(path), content));
  }

  /** Writes and stages a symbolic link to {@code target}. */
  TestRepo symlink(String path, String target) {
    return write(path, () -> Files.createSymbolicLink(dir.resolve(path), Path.of(target)));
  }

  /** Writes a file without staging it. */
  TestRepo unstaged(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits what is staged, with author and committer time {@code when}. */
  TestRepo commit(String message, Instant when) {
    return commit(message, when, when);
  }

  TestRepo commit(String message, Instant authored, Instant committed) {
    try {
      last =
          git.commit()
              .setMessage(message)
              .setAuthor(person(authored))
              .setCommitter(person(committed))
              .setAllowEmpty(true)
              .setSign(false)
              .call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An annotated tag on the last commit. */
  TestRepo tag(String name, Instant when) {
    try {
      git.tag()
          .setName(name)
          .setMessage("release " + name)
          .setTagger(person(when))
          .setSigned(false)
          .call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  TestRepo lightweightTag(String name) {
    try {
      git.tag().setName(name).setAnnotated(false).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a branch at the last commit and switches to it. */
  TestRepo branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  TestRepo checkout(String name) {
    try {
      git.checkout().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Merges {@code branch} into the current branch with a merge commit made at {@code when}. */
  TestRepo merge(String branch, String message, Instant when) {
    try {
      git.merge()
          .include(git.getRepository().resolve(branch))
          .setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false)
          .call();
      return commit(message, when);
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the git command line in this working copy; fails on a non-zero exit. */
  String cli(String... args) {
    return run(dir, args);
  }

  static String run(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "protocol.file.allow=always"));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }

  private TestRepo write(String path, IoAction action) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      action.run();
      git.add().addFilepattern(path).call();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PersonIdent person(Instant when) {
    return new PersonIdent(AUTHOR, EMAIL, when, ZoneOffset.UTC);
  }

  private interface IoAction {
    void run() throws IOException;
  }
}
