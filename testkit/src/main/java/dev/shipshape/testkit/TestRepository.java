package dev.shipshape.testkit;

import dev.shipshape.facts.Facts;
import dev.shipshape.facts.FactsBuilder;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.facts.delivery.DeliveryOptions;
import dev.shipshape.repository.Repositories;
import dev.shipshape.repository.Snapshot;
import dev.shipshape.repository.SnapshotRequest;
import dev.shipshape.repository.WindowSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A git repository built inside a test, through JGit: write files, commit them at chosen times,
 * branch, merge and tag; then gather its {@link Facts}. Times advance one hour per commit from
 * {@link #START} unless given.
 *
 * <pre>{@code
 * Facts facts = TestRepository.create(tmp)
 *     .file(".github/workflows/ci.yml", "on: push\njobs: ...")
 *     .commit("ABC-1: add CI")
 *     .facts();
 * }</pre>
 */
public final class TestRepository implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final Path dir;
  private final Git git;
  private Instant clock = START;
  private String authorName = "Ada Lovelace";
  private String authorEmail = "ada@example.com";
  private final java.util.List<Snapshot> opened = new java.util.ArrayList<>();

  private TestRepository(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** A new repository with branch {@code main} in {@code dir} (an empty folder). */
  public static TestRepository create(Path dir) {
    try {
      Files.createDirectories(dir);
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      git.getRepository().getConfig().setBoolean("commit", null, "gpgsign", false);
      git.getRepository().getConfig().save();
      return new TestRepository(dir, git);
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Git git() {
    return git;
  }

  /** Writes a file into the working tree (it is staged by the next commit). */
  public TestRepository file(String path, String content) {
    try {
      Path p = dir.resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestRepository delete(String path) {
    try {
      Files.deleteIfExists(dir.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets who authors the next commits. */
  public TestRepository author(String name, String email) {
    this.authorName = name;
    this.authorEmail = email;
    return this;
  }

  /** Commits everything in the working tree, one hour after the previous commit. */
  public TestRepository commit(String message) {
    return commit(message, clock.plus(Duration.ofHours(1)));
  }

  /** Commits everything in the working tree with author and committer time {@code at}. */
  public TestRepository commit(String message, Instant at) {
    return commit(message, at, at);
  }

  /** Commits with author and committer time {@code at}, recorded in its own time zone. */
  public TestRepository commit(String message, java.time.OffsetDateTime at) {
    return commit(message, at.toInstant(), at.toInstant(), at.getOffset());
  }

  public TestRepository commit(String message, Instant authored, Instant committed) {
    return commit(message, authored, committed, ZoneOffset.UTC);
  }

  private TestRepository commit(
      String message, Instant authored, Instant committed, ZoneOffset zone) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      git.commit()
          .setMessage(message)
          .setAllowEmpty(true)
          .setSign(false)
          .setNoVerify(true)
          .setAuthor(new PersonIdent(authorName, authorEmail, authored, zone))
          .setCommitter(new PersonIdent(authorName, authorEmail, committed, zone))
          .call();
      clock = committed;
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates a branch at HEAD and checks it out. */
  public TestRepository branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public TestRepository checkout(String name) {
    try {
      git.checkout().setName(name).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Merges {@code branch} into the current branch with a merge commit (no fast-forward). */
  public TestRepository merge(String branch, String message) {
    try {
      ObjectId head = git.getRepository().resolve(branch);
      git.merge()
          .include(head)
          .setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false)
          .call();
      return commit(message);
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A lightweight tag at HEAD. */
  public TestRepository tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(false).call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An annotated tag at HEAD, tagged at {@code at}. */
  public TestRepository annotatedTag(String name, Instant at) {
    try {
      git.tag()
          .setName(name)
          .setAnnotated(true)
          .setSigned(false)
          .setMessage("release " + name)
          .setTagger(new PersonIdent(authorName, authorEmail, at, ZoneOffset.UTC))
          .call();
      return this;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public String head() {
    try {
      RevCommit c = git.log().setMaxCount(1).call().iterator().next();
      return c.name();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The time of the last commit. */
  public Instant clock() {
    return clock;
  }

  /** Gathers the facts of HEAD with the default window and configuration. */
  public Facts facts() {
    return facts(WindowSpec.defaults(), ScanConfig.defaults());
  }

  public Facts facts(WindowSpec window, ScanConfig config) {
    return facts(window, config, DeliveryOptions.defaults());
  }

  /** With delivery options: deploy tags, events, a hotfix pattern. */
  public Facts facts(WindowSpec window, ScanConfig config, DeliveryOptions options) {
    SnapshotRequest request = new SnapshotRequest(dir.toString(), "HEAD", window);
    // kept open until close(): checks read file content through the facts
    Snapshot snapshot = Repositories.open(request);
    opened.add(snapshot);
    return FactsBuilder.build(snapshot, window, config, options);
  }

  @Override
  public void close() {
    opened.forEach(Snapshot::close);
    git.close();
  }
}
