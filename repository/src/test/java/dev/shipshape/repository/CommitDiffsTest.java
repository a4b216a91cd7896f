package dev.shipshape.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diffs and graph queries, read by the git CLI and by JGit, on a repository built here. */
class CommitDiffsTest {
  @TempDir Path dir;

  private Instant clock = Instant.parse("2026-01-05T09:00:00Z");

  private String commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    clock = clock.plusSeconds(3600);
    PersonIdent who = new PersonIdent("Ada", "ada@example.com", clock, ZoneOffset.UTC);
    return git.commit()
        .setMessage(message)
        .setSign(false)
        .setAuthor(who)
        .setCommitter(who)
        .call()
        .name();
  }

  private void write(String path, String content) throws Exception {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private record Built(String root, String onMain, String onTopic, String merge) {}

  private Built build(Git git) throws Exception {
    write("src/a.txt", "1\n2\n3\n");
    write("docs/ü space.md", "x\n");
    String root = commit(git, "root");
    git.checkout().setCreateBranch(true).setName("topic").call();
    write("src/a.txt", "1\nTWO\n3\n4\n"); // +2 -1
    Files.write(dir.resolve("bin.dat"), new byte[] {0, 1, 2, 0});
    String onTopic = commit(git, "topic work");
    git.checkout().setName("main").call();
    write("README", "r\n"); // +1
    String onMain = commit(git, "main work");
    git.merge()
        .include(git.getRepository().resolve("topic"))
        .setFastForward(MergeCommand.FastForwardMode.NO_FF)
        .setCommit(false)
        .call();
    String merge = commit(git, "Merge branch 'topic'");
    return new Built(root, onMain, onTopic, merge);
  }

  private Git init() throws Exception {
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    return git;
  }

  @Test
  void gitCliAndJGitAgreeOnPathsAndLines() throws Exception {
    assumeTrue(GitCli.available(), "git CLI not installed");
    try (Git git = init()) {
      Built b = build(git);
      List<String> all = List.of(b.root(), b.onTopic(), b.onMain());
      Map<String, CommitDiff> cli =
          new GitDiffReader(git.getRepository(), true).read(all, List.of(b.merge(), b.root()));
      Map<String, CommitDiff> jgit =
          new GitDiffReader(git.getRepository(), false).read(all, List.of(b.merge(), b.root()));
      assertThat(cli).isEqualTo(jgit);
      // the merge against its first parent: the topic's change, +2 -1 in a.txt and a binary file
      assertThat(cli.get(b.merge()).paths()).containsExactlyInAnyOrder("src/a.txt", "bin.dat");
      assertThat(cli.get(b.merge()).linesChanged()).isEqualTo(3);
      // the root commit against the empty tree: 3 + 1 lines
      assertThat(cli.get(b.root()).paths())
          .containsExactlyInAnyOrder("src/a.txt", "docs/ü space.md");
      assertThat(cli.get(b.root()).added()).isEqualTo(4);
      assertThat(cli.get(b.onMain()).paths()).containsExactly("README");
      assertThat(cli.get(b.onMain()).hasLines()).isFalse();
    }
  }

  @Test
  void jgitAloneReadsTheSameLineCounts() throws Exception {
    try (Git git = init()) {
      Built b = build(git);
      Map<String, CommitDiff> jgit =
          new GitDiffReader(git.getRepository(), false).read(List.of(), List.of(b.merge()));
      assertThat(jgit.get(b.merge()).added()).isEqualTo(2);
      assertThat(jgit.get(b.merge()).deleted()).isEqualTo(1);
    }
  }

  @Test
  void rangesAreThoseOfRevList() throws Exception {
    try (Git git = init()) {
      Built b = build(git);
      GitCommitGraph graph = new GitCommitGraph(git.getRepository());
      // git rev-list --no-merges merge ^onMain → the topic commit only
      assertThat(graph.range(List.of(b.merge()), List.of(b.onMain()), true))
          .extracting(CommitInfo::id)
          .containsExactly(b.onTopic());
      assertThat(graph.range(List.of(b.merge()), List.of(b.root()), false))
          .extracting(CommitInfo::id)
          .containsExactlyInAnyOrder(b.merge(), b.onMain(), b.onTopic());
      assertThat(graph.reachableFrom(b.onMain(), List.of(b.root(), b.onTopic())))
          .containsExactly(b.root());
      assertThat(graph.commit(b.root().substring(0, 10)))
          .get()
          .extracting(CommitInfo::id)
          .isEqualTo(b.root());
      assertThat(graph.commit("0000000")).isEmpty();
      graph.close();
    }
  }
}
