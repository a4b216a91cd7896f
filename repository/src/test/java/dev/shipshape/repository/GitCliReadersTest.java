package dev.shipshape.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git CLI readers (tree listing, blob reads, refs) against JGit's, which they stand in for: on
 * an awkward tree and set of refs both must answer alike, file by file and ref by ref.
 */
class GitCliReadersTest {
  @TempDir Path tmp;

  private static final Instant T0 = TestRepo.T0;

  private TestRepo awkward() {
    byte[] big = new byte[(int) FileTree.MAX_TEXT_BYTES + 10];
    Arrays.fill(big, (byte) 'x');
    TestRepo repo =
        TestRepo.create(tmp)
            .file("README.md", "# hello\n")
            .file("with space/and\ttab.txt", "tabbed\n")
            .file("unicode/é-ü-日本.txt", "ünïcödé\n")
            .file("-rf", "leading dash\n")
            .file("a.b", "sorts after a/ in git, before it here\n")
            .file("a/b.txt", "nested\n")
            .file("empty.txt", "")
            .file("bom.txt", "\uFEFFwith bom\n")
            .file("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2})
            .file("big.txt", big)
            .file("run.sh", "#!/bin/sh\n")
            .symlink("passwd", "/etc/passwd");
    repo.cli("update-index", "--add", "--chmod=+x", "run.sh");
    repo.commit("first", T0);
    repo.cli("update-index", "--add", "--cacheinfo", "160000," + repo.head().name() + ",lib");
    repo.cli("-c", "user.name=x", "-c", "user.email=x@example.org", "commit", "-q", "-m", "sub");
    return repo;
  }

  @Test
  void theCliTreeListsAndReadsWhatJGitDoes() throws Exception {
    try (TestRepo repo = awkward();
        var jgit = repo.git().getRepository();
        RevWalk walk = new RevWalk(jgit)) {
      var head = walk.parseCommit(jgit.resolve("HEAD"));
      ListedTree byJGit = JGitTree.list(jgit, head);
      try (GitCliTree byCli = GitCliTree.list(jgit, head.name())) {
        assertThat(byCli.files()).isEqualTo(byJGit.files());
        assertThat(byCli.files()).hasSize(13);
        for (TreeFile f : byJGit.files()) {
          assertThat(byCli.contentId(f)).as(f.path()).isEqualTo(byJGit.contentId(f));
          assertThat(byCli.text(f)).as(f.path()).isEqualTo(byJGit.text(f));
        }
        assertThat(byCli.file("unicode/é-ü-日本.txt").orElseThrow().size())
            .isEqualTo("ünïcödé\n".getBytes(StandardCharsets.UTF_8).length);
        List<String> streamed = new ArrayList<>();
        List<TreeFile> twice = new ArrayList<>(byJGit.files());
        twice.addAll(byJGit.files());
        byCli.texts(twice, (f, text) -> streamed.add(f.path() + "=" + text));
        List<String> oneByOne = new ArrayList<>();
        twice.forEach(f -> oneByOne.add(f.path() + "=" + byJGit.text(f)));
        assertThat(streamed).as("streamed, in order, twice over").isEqualTo(oneByOne);
        try (GitCliTree jgitReads = GitCliTree.list(jgit, head.name(), () -> true)) {
          List<String> byJGitReads = new ArrayList<>();
          jgitReads.texts(twice, (f, text) -> byJGitReads.add(f.path() + "=" + text));
          assertThat(byJGitReads).as("read by JGit once it has the index open").isEqualTo(oneByOne);
        }
        assertThat(byCli.text("bom.txt")).contains("with bom\n");
        assertThat(byCli.text("logo.png")).isEmpty();
        assertThat(byCli.text("big.txt")).isEmpty();
        assertThat(byCli.text("passwd")).isEmpty();
        assertThat(byCli.file("run.sh").orElseThrow().kind()).isEqualTo(TreeFile.Kind.EXECUTABLE);
        assertThat(byCli.file("lib").orElseThrow().kind()).isEqualTo(TreeFile.Kind.SUBMODULE);
      }
    }
  }

  @Test
  void readsFromManyThreadsAnswerEachTheirOwnFile() throws Exception {
    try (TestRepo repo = TestRepo.create(tmp)) {
      for (int i = 0; i < 200; i++) {
        repo.file("f" + i + ".txt", "content " + i + "\n".repeat(i % 7));
      }
      repo.commit("many", T0);
      try (GitCliTree tree = GitCliTree.list(repo.git().getRepository(), repo.head().name())) {
        List<Integer> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.stream.IntStream.range(0, 200)
            .parallel()
            .forEach(
                i -> {
                  String expected = "content " + i + "\n".repeat(i % 7);
                  if (!tree.text("f" + i + ".txt").orElse("").equals(expected)) {
                    wrong.add(i);
                  }
                });
        assertThat(wrong).isEmpty();
      }
    }
  }

  @Test
  void aCallerThatStopsStreamingLeavesTheTreeReadable() throws Exception {
    try (TestRepo repo = TestRepo.create(tmp)) {
      for (int i = 0; i < 300; i++) {
        repo.file("f" + i + ".txt", ("line " + i + "\n").repeat(200));
      }
      repo.commit("many", T0);
      try (GitCliTree tree = GitCliTree.list(repo.git().getRepository(), repo.head().name())) {
        int[] seen = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () ->
                    tree.texts(
                        tree.files(),
                        (f, text) -> {
                          if (++seen[0] == 10) {
                            throw new IllegalStateException("enough");
                          }
                        }))
            .hasMessage("enough");
        assertThat(tree.text("f299.txt"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("line 299"));
      }
    }
  }

  @Test
  void aTreeWhoseGitProcessDiesIsReadByJGit() throws Exception {
    try (TestRepo repo = TestRepo.create(tmp).file("a.txt", "a\n").file("b.txt", "b\n")) {
      repo.commit("first", T0);
      try (GitCliTree tree = GitCliTree.list(repo.git().getRepository(), repo.head().name())) {
        assertThat(tree.text("a.txt")).contains("a\n");
        tree.close(); // as if git had gone away
        assertThat(tree.text("b.txt")).contains("b\n");
      }
    }
  }

  @Test
  void theCliRefsAreJGitsRefs() throws Exception {
    try (TestRepo repo = TestRepo.create(tmp).file("a.txt", "1\n")) {
      repo.commit("a", T0).tag("v1.0.0", T0.plusSeconds(10)).lightweightTag("v1.0.1");
      repo.branch("topic").file("t.txt", "t\n").commit("t", T0.plusSeconds(60));
      repo.checkout("main").file("a.txt", "2\n").commit("b", T0.plusSeconds(120));
      var jgit = repo.git().getRepository();
      // a tag of a tag, a tag of a tree, and a tag without a tagger
      ObjectId v100 = jgit.exactRef("refs/tags/v1.0.0").getObjectId();
      tag(jgit, "nested", v100, Constants.OBJ_TAG, true);
      tag(jgit, "of-a-tree", walkTree(jgit), Constants.OBJ_TREE, true);
      tag(jgit, "no-tagger", repo.head(), Constants.OBJ_COMMIT, false);

      GitCliRefs.Refs byCli = GitCliRefs.read(jgit);
      assertThat(byCli.nested()).containsExactly("refs/tags/nested");

      try (Snapshot s = open(repo.dir())) {
        List<TagRef> tags = s.history().tags();
        assertThat(tags)
            .extracting(TagRef::name)
            .containsExactly("nested", "no-tagger", "v1.0.0", "v1.0.1");
        assertThat(tags.get(0).commit()).isEqualTo(tags.get(2).commit());
        assertThat(tags.get(0).annotated()).isTrue();
        assertThat(tags.get(1).annotated()).isTrue();
        assertThat(tags.get(1).taggerTime()).isNull();
        assertThat(tags.get(2).taggerTime()).isEqualTo(T0.plusSeconds(10));
        assertThat(tags.get(3).annotated()).isFalse();
        assertThat(s.history().branches())
            .extracting(BranchRef::name, b -> b.tipTime())
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("main", T0.plusSeconds(120)),
                org.assertj.core.groups.Tuple.tuple("topic", T0.plusSeconds(60)));
        List<TagRef> viaCli = new ArrayList<>(byCli.tags());
        viaCli.sort(Comparator.comparing(TagRef::name));
        assertThat(tags).containsAll(viaCli);
      }
    }
  }

  private static ObjectId walkTree(org.eclipse.jgit.lib.Repository repo) throws Exception {
    try (RevWalk walk = new RevWalk(repo)) {
      return walk.parseCommit(repo.resolve("HEAD")).getTree();
    }
  }

  private static void tag(
      org.eclipse.jgit.lib.Repository repo, String name, ObjectId target, int type, boolean tagger)
      throws Exception {
    TagBuilder tag = new TagBuilder();
    tag.setTag(name);
    tag.setObjectId(target, type);
    if (tagger) {
      tag.setTagger(
          new org.eclipse.jgit.lib.PersonIdent("T", "t@example.org", T0, java.time.ZoneOffset.UTC));
    }
    tag.setMessage(name + "\n");
    ObjectId id;
    try (ObjectInserter ins = repo.newObjectInserter()) {
      id = ins.insert(tag);
      ins.flush();
    }
    RefUpdate u = repo.updateRef(Constants.R_TAGS + name);
    u.setNewObjectId(id);
    assertThat(u.update()).isIn(RefUpdate.Result.NEW, RefUpdate.Result.FORCED);
  }

  private static Snapshot open(Path dir) {
    return Repositories.open(new SnapshotRequest(dir.toString(), "HEAD", WindowSpec.whole()));
  }
}
