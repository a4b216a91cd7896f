package dev.shipshape.facts.delivery;

import dev.shipshape.facts.files.FileClassifier;
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.Scope;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.repository.CommitDiff;
import dev.shipshape.repository.CommitGraph;
import dev.shipshape.repository.CommitInfo;
import dev.shipshape.repository.TreeFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The flow metrics of DELIVERY-METRICS.md over the window's commits on the analysed branch. */
public final class FlowMetrics {
  private final HistoryFacts history;
  private final CommitGraph graph;
  private final Map<String, CommitDiff> diffs;
  private final FileClassifier classifier;
  private final Mailmap mailmap;
  private final Predicate<CommitInfo> linked;

  public FlowMetrics(
      HistoryFacts history,
      CommitGraph graph,
      Map<String, CommitDiff> diffs,
      FileClassifier classifier,
      Mailmap mailmap,
      Predicate<CommitInfo> linked) {
    this.history = history;
    this.graph = graph;
    this.diffs = diffs;
    this.classifier = classifier;
    this.mailmap = mailmap;
    this.linked = linked;
  }

  /** What a changed path counts as for the flow metrics, decided once per distinct path. */
  private record PathKind(boolean tests, boolean production, boolean docs) {}

  private final Map<String, PathKind> kinds = new java.util.concurrent.ConcurrentHashMap<>();

  private PathKind kind(String path) {
    // not computeIfAbsent: two checks walk the same commits at once and would queue on its lock
    PathKind k = kinds.get(path);
    if (k == null) {
      k = classify(path);
      kinds.putIfAbsent(path, k);
    }
    return k;
  }

  private PathKind classify(String path) {
    SourceFile f = classifier.classify(new TreeFile(path, TreeFile.Kind.FILE, 0));
    return new PathKind(
        f.role() == Role.TEST_CODE || f.scope() == Scope.TEST_DATA,
        f.scope() == Scope.OWN && f.role() == Role.PRODUCTION_CODE,
        f.role() == Role.DOCUMENTATION
            || CHANGELOG.matcher(path).matches()
            || CHANGELOG.matcher(f.name()).matches());
  }

  /** Non-merge commits of the window whose message or merged branch names a work item. */
  public record Linkage(int commits, int linked) {
    public Double ratio() {
      return commits == 0 ? null : (double) linked / commits;
    }
  }

  public Linkage linkage() {
    List<CommitInfo> commits = history.nonMergeCommits();
    // oldest first: the backlog linkage check asks newest first at the same time, and the two
    // meet in the middle of the work items' memo instead of matching every message twice
    int n = 0;
    for (int i = commits.size() - 1; i >= 0; i--) {
      if (linked.test(commits.get(i))) {
        n++;
      }
    }
    return new Linkage(commits.size(), n);
  }

  /**
   * Non-merge commits of the window touching production code ({@code changes}), those of them also
   * touching test code ({@code withTests}), and up to a few of the others.
   */
  public record TestsWithChanges(int changes, int withTests, List<CommitInfo> without) {
    public Double ratio() {
      return changes == 0 ? null : (double) withTests / changes;
    }
  }

  private final Once<TestsWithChanges> testsWithChanges = new Once<>(this::computeTestsWithChanges);

  /** Computed once. */
  public TestsWithChanges testsWithChanges() {
    return testsWithChanges.get();
  }

  private TestsWithChanges computeTestsWithChanges() {
    int changes = 0;
    int withTests = 0;
    List<CommitInfo> without = new ArrayList<>();
    for (CommitInfo c : history.nonMergeCommits()) {
      CommitDiff d = diffs.get(c.id());
      if (d == null) {
        continue;
      }
      boolean production = false;
      boolean tests = false;
      for (String path : d.paths()) {
        PathKind k = kind(path);
        if (k.tests) {
          tests = true;
        } else if (k.production) {
          production = true;
        }
      }
      if (production) {
        changes++;
        if (tests) {
          withTests++;
        } else if (without.size() < 3) {
          without.add(c);
        }
      }
    }
    return new TestsWithChanges(changes, withTests, without);
  }

  /** Lines added + deleted per landing of the window (a merge against its first parent). */
  public record BatchSizes(List<Integer> lines, Map<String, Integer> byCommit) {
    public Double median() {
      return Stats.median(lines);
    }

    public Double p90() {
      return Stats.p90(lines);
    }
  }

  private final Once<BatchSizes> batchSizes = new Once<>(this::computeBatchSizes);

  /** Computed once. */
  public BatchSizes batchSizes() {
    return batchSizes.get();
  }

  private BatchSizes computeBatchSizes() {
    List<Integer> lines = new ArrayList<>();
    Map<String, Integer> byCommit = new LinkedHashMap<>();
    for (CommitInfo c : history.landings()) {
      CommitDiff d = diffs.get(c.id());
      if (d != null && d.hasLines()) {
        lines.add(d.linesChanged());
        byCommit.put(c.id(), d.linesChanged());
      }
    }
    return new BatchSizes(lines, byCommit);
  }

  /**
   * For each merge landing of the window: merge time − author time of the oldest commit reachable
   * from its second parent and not from its first. {@code merges} counts every merge landing.
   */
  public record BranchLifetimes(List<Double> hours, int landings, int merges) {
    public Double median() {
      return Stats.median(hours);
    }
  }

  private final Once<BranchLifetimes> branchLifetimes = new Once<>(this::computeBranchLifetimes);

  /** Computed once. */
  public BranchLifetimes branchLifetimes() {
    return branchLifetimes.get();
  }

  private BranchLifetimes computeBranchLifetimes() {
    List<Double> hours = new ArrayList<>();
    int merges = 0;
    for (CommitInfo m : history.landings()) {
      if (!m.merge()) {
        continue;
      }
      merges++;
      if (graph == null) {
        continue;
      }
      List<CommitInfo> branch =
          graph.range(List.of(m.parents().get(1)), List.of(m.parents().get(0)), false);
      Instant first =
          branch.stream().map(CommitInfo::authorTime).min(Comparator.naturalOrder()).orElse(null);
      if (first != null && !first.isAfter(m.commitTime())) {
        hours.add(Duration.between(first, m.commitTime()).getSeconds() / 3600.0);
      }
    }
    return new BranchLifetimes(hours, history.landings().size(), merges);
  }

  /**
   * Distinct authors of the window's non-merge commits after {@code .mailmap}, and the bus factor:
   * the fewest authors behind at least half of those commits.
   */
  public record Contributors(Map<String, Integer> changesByAuthor, int busFactor) {
    public int active() {
      return changesByAuthor.size();
    }
  }

  private final Once<Contributors> contributors = new Once<>(this::computeContributors);

  /** Computed once. */
  public Contributors contributors() {
    return contributors.get();
  }

  private Contributors computeContributors() {
    Map<String, Integer> counts = new HashMap<>();
    for (CommitInfo c : history.nonMergeCommits()) {
      counts.merge(mailmap.identity(c.authorName(), c.authorEmail()), 1, Integer::sum);
    }
    List<Integer> sorted = new ArrayList<>(counts.values());
    sorted.sort(Comparator.reverseOrder());
    int total = sorted.stream().mapToInt(Integer::intValue).sum();
    int covered = 0;
    int bus = 0;
    for (int n : sorted) {
      if (2L * covered >= total) {
        break;
      }
      covered += n;
      bus++;
    }
    return new Contributors(Map.copyOf(counts), bus);
  }

  /**
   * Months (UTC) of the window with a non-merge commit touching production code ({@code active}),
   * and those of them in which documentation or a changelog changed too ({@code documented}).
   */
  public record LivingDocs(
      java.util.SortedSet<String> active, java.util.SortedSet<String> documented) {
    public Double ratio() {
      return active.isEmpty() ? null : (double) documented.size() / active.size();
    }
  }

  private static final java.util.regex.Pattern CHANGELOG =
      java.util.regex.Pattern.compile(
          "(?i)(CHANGELOG|CHANGES|HISTORY|NEWS|RELEASE[-_]?NOTES)(\\.[a-z]+)?|\\.changeset/.*|changelog\\.d/.*");

  private final Once<LivingDocs> livingDocs = new Once<>(this::computeLivingDocs);

  /** Computed once. */
  public LivingDocs livingDocs() {
    return livingDocs.get();
  }

  private LivingDocs computeLivingDocs() {
    java.util.SortedSet<String> code = new java.util.TreeSet<>();
    java.util.SortedSet<String> docs = new java.util.TreeSet<>();
    for (CommitInfo c : history.nonMergeCommits()) {
      CommitDiff d = diffs.get(c.id());
      if (d == null) {
        continue;
      }
      String month = null;
      for (String path : d.paths()) {
        PathKind k = kind(path);
        if (k.production || k.docs) {
          if (month == null) {
            month =
                java.time.YearMonth.from(c.commitTime().atZone(java.time.ZoneOffset.UTC))
                    .toString();
          }
          if (k.production) {
            code.add(month);
          }
          if (k.docs) {
            docs.add(month);
          }
        }
      }
    }
    docs.retainAll(code);
    return new LivingDocs(code, docs);
  }
}
