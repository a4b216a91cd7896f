package dev.shipshape.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk per-commit cache: what it saves, and that it is never trusted when damaged. */
class CommitCacheTest {
  @TempDir Path tmp;

  private static final Instant T = TestRepo.T0;

  /** main: a, b, merge of topic (c, d), e — with two commits at the same second. */
  private TestRepo build(Path dir) {
    TestRepo repo =
        TestRepo.create(dir)
            .file("a.txt", "1\n")
            .commit("a", T)
            .file("a.txt", "1\n2\n")
            .commit("b", T.plusSeconds(60))
            .branch("topic")
            .file("t.txt", "t\n")
            .commit("c", T.plusSeconds(120))
            .file("t.txt", "t\nu\n")
            .commit("d", T.plusSeconds(120));
    return repo.checkout("main")
        .file("m.txt", "m\n")
        .commit("m", T.plusSeconds(180))
        .merge("topic", "Merge branch 'topic'", T.plusSeconds(240))
        .file("a.txt", "1\n2\n3\n")
        .commit("e", T.plusSeconds(300))
        .tag("v1.0.0", T.plusSeconds(300));
  }

  private Snapshot open(Path dir, Path cache) {
    return Repositories.open(
        new SnapshotRequest(dir.toString(), "HEAD", WindowSpec.whole()),
        new SnapshotOptions(cache, null));
  }

  private record Read(
      List<CommitInfo> commits, Map<String, CommitDiff> diffs, List<String> range) {}

  private Read read(Path dir, Path cache) {
    try (Snapshot s = open(dir, cache)) {
      List<CommitInfo> commits = s.history().commits();
      List<String> ids = commits.stream().map(CommitInfo::id).toList();
      Map<String, CommitDiff> diffs =
          s.history().diffs().orElseThrow().read(ids, List.of(ids.get(0), ids.get(1)));
      List<String> range =
          s
              .history()
              .graph()
              .orElseThrow()
              .range(List.of(ids.get(0)), List.of(ids.get(3)), false)
              .stream()
              .map(CommitInfo::id)
              .toList();
      return new Read(commits, diffs, range);
    }
  }

  private Path cacheFile(Path cache) throws Exception {
    try (var files = Files.list(cache)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".bin")).toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void aSecondReadComesFromTheCacheAndEqualsTheFirst() throws Exception {
    Path cache = tmp.resolve("cache");
    try (TestRepo repo = build(tmp.resolve("r"))) {
      Read first = read(repo.dir(), cache);
      Path file = cacheFile(cache);
      long written = Files.getLastModifiedTime(file).toMillis();
      CommitCacheFile.Contents saved =
          CommitCacheFile.of(cache, repo.dir().resolve(".git").toRealPath().toString()).read();
      assertThat(saved.commits()).hasSize(7);
      assertThat(saved.lines()).hasSize(2);
      assertThat(saved.paths()).hasSize(5);
      // the facts as they were read: equal records, not just equal ids
      first.commits().forEach(c -> assertThat(saved.commits().get(c.id())).isEqualTo(c));

      Thread.sleep(20);
      Read second = read(repo.dir(), cache);
      assertThat(second).isEqualTo(first);
      // nothing new was read, so nothing was written
      assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(written);
      assertThat(read(repo.dir(), null)).isEqualTo(first);
    }
  }

  @Test
  void walksOverTheStoreMatchJGitIncludingTiesInCommitTime() throws Exception {
    try (TestRepo repo = build(tmp.resolve("r"))) {
      List<String> expected = new ArrayList<>();
      try (RevWalk walk = new RevWalk(repo.git().getRepository())) {
        walk.sort(RevSort.COMMIT_TIME_DESC);
        walk.markStart(walk.parseCommit(repo.head()));
        for (RevCommit c : walk) {
          expected.add(c.name());
        }
      }
      Read read = read(repo.dir(), null);
      assertThat(read.commits()).extracting(CommitInfo::id).containsExactlyElementsOf(expected);
      GitCommitGraph jgit = new GitCommitGraph(repo.git().getRepository());
      try (CommitStore store = CommitStore.uncached(repo.git().getRepository())) {
        StoredCommitGraph stored = new StoredCommitGraph(store);
        for (String from : expected) {
          for (String not : expected) {
            for (boolean noMerges : new boolean[] {false, true}) {
              assertThat(stored.range(List.of(from), List.of(not), noMerges))
                  .as("%s ^%s in %s", from, not, read.commits())
                  .isEqualTo(jgit.range(List.of(from), List.of(not), noMerges));
            }
          }
          assertThat(stored.reachableFrom(from, expected))
              .isEqualTo(jgit.reachableFrom(from, expected));
        }
      } finally {
        jgit.close();
      }
    }
  }

  @Test
  void aTruncatedCacheIsDiscardedAndRebuilt() throws Exception {
    Path cache = tmp.resolve("cache");
    try (TestRepo repo = build(tmp.resolve("r"))) {
      Read first = read(repo.dir(), cache);
      Path file = cacheFile(cache);
      byte[] whole = Files.readAllBytes(file);
      Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7));
      assertThat(read(repo.dir(), cache)).isEqualTo(first);
      assertThat(Files.readAllBytes(file)).isEqualTo(whole); // rebuilt
      Files.write(file, new byte[0]);
      assertThat(read(repo.dir(), cache)).isEqualTo(first);
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    }
  }

  @Test
  void aFlippedByteAnywhereIsDetected() throws Exception {
    Path cache = tmp.resolve("cache");
    try (TestRepo repo = build(tmp.resolve("r"))) {
      Read first = read(repo.dir(), cache);
      Path file = cacheFile(cache);
      byte[] whole = Files.readAllBytes(file);
      String identity = repo.dir().resolve(".git").toRealPath().toString();
      CommitCacheFile cacheFile = CommitCacheFile.of(cache, identity);
      assertThat(cacheFile.read().commits()).hasSize(7);
      for (int i = 0; i < whole.length; i += Math.max(1, whole.length / 97)) {
        byte[] damaged = whole.clone();
        damaged[i] ^= 0x10;
        Files.write(file, damaged);
        assertThat(cacheFile.read())
            .as("byte %d flipped", i)
            .isEqualTo(CommitCacheFile.Contents.EMPTY);
      }
      // a commit's message altered in the file: the checksum, not the content, decides
      Files.write(file, damaged(whole, "Merge branch 'topic'", "Merge branch 'topiq'"));
      assertThat(cacheFile.read()).isEqualTo(CommitCacheFile.Contents.EMPTY);
      assertThat(read(repo.dir(), cache)).isEqualTo(first);
      assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    }
  }

  private static byte[] damaged(byte[] bytes, String from, String to) {
    String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(s).contains(from);
    return s.replace(from, to).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  @Test
  void aCacheFromAnotherRepositoryIsNotUsed() throws Exception {
    Path cache = tmp.resolve("cache");
    try (TestRepo a = build(tmp.resolve("a"));
        TestRepo b = TestRepo.create(tmp.resolve("b")).file("b.txt", "b\n").commit("b only", T)) {
      read(a.dir(), cache);
      Path fileOfA = cacheFile(cache);
      Read expected = null;
      try (Snapshot s = open(b.dir(), null)) {
        expected = new Read(s.history().commits(), Map.of(), List.of());
      }
      // A's file put where B's would be: its identity does not match, so B reads its own repository
      CommitCacheFile ofB =
          CommitCacheFile.of(cache, b.dir().resolve(".git").toRealPath().toString());
      Files.copy(fileOfA, ofB.path());
      assertThat(ofB.read()).isEqualTo(CommitCacheFile.Contents.EMPTY);
      try (Snapshot s = open(b.dir(), cache)) {
        assertThat(s.history().commits()).isEqualTo(expected.commits());
      }
      assertThat(ofB.read().commits()).hasSize(1).containsKey(b.head().name());
    }
  }

  @Test
  void concurrentWritersLeaveAWholeFileAndReadersNeverSeeAPartialOne() throws Exception {
    Path cache = tmp.resolve("cache");
    List<CommitCacheFile.Contents> versions = new ArrayList<>();
    try (TestRepo repo = build(tmp.resolve("r"))) {
      read(repo.dir(), cache);
      String identity = repo.dir().resolve(".git").toRealPath().toString();
      CommitCacheFile.Contents full = CommitCacheFile.of(cache, identity).read();
      List<CommitInfo> commits = new ArrayList<>(full.commits().values());
      for (int n = 1; n <= commits.size(); n++) {
        Map<String, CommitInfo> some = new java.util.HashMap<>();
        commits.subList(0, n).forEach(c -> some.put(c.id(), c));
        versions.add(new CommitCacheFile.Contents(some, full.paths(), full.lines()));
      }
      Files.delete(cacheFile(cache));

      CommitCacheFile file = CommitCacheFile.of(cache, identity);
      ExecutorService pool = Executors.newFixedThreadPool(6);
      AtomicBoolean writing = new AtomicBoolean(true);
      CountDownLatch firstWrite = new CountDownLatch(1);
      List<String> problems = Collections.synchronizedList(new ArrayList<>());
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int me = w;
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    file.write(versions.get((me + i) % versions.size()));
                    firstWrite.countDown();
                  }
                }));
      }
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(
            pool.submit(
                () -> {
                  try {
                    firstWrite.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  while (writing.get()) {
                    CommitCacheFile.Contents seen = file.read();
                    if (!versions.contains(seen)) {
                      problems.add(
                          "read " + seen.commits().size() + " commits: not a written version");
                    }
                  }
                }));
      }
      for (Future<?> w : writers) {
        w.get(60, TimeUnit.SECONDS);
      }
      writing.set(false);
      for (Future<?> r : readers) {
        r.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      assertThat(problems).isEmpty();
      assertThat(versions).contains(file.read());
      try (var left = Files.list(cache)) {
        assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.endsWith(".bin"));
      }
    }
  }
}
