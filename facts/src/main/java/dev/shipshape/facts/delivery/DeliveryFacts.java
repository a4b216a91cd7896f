package dev.shipshape.facts.delivery;

import dev.shipshape.facts.files.FileClassifier;
import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.history.FlowFigures;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.facts.history.WorkItems;
import dev.shipshape.facts.inventory.InventoryFacts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Window;
import dev.shipshape.repository.BackgroundWork;
import dev.shipshape.repository.CommitDiff;
import dev.shipshape.repository.CommitGraph;
import dev.shipshape.repository.CommitInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The delivery metrics of a scan, computed on first use and then shared: the deployments and their
 * source, the DORA keys, the flow metrics and the report's {@code delivery} section. Reading diffs
 * is the costly part of a scan, so nothing is read until a check or the report asks.
 */
public final class DeliveryFacts {
  private final HistoryFacts history;
  private final ProjectFiles files;
  private final FileClassifier classifier;
  private final List<Pipeline> pipelines;
  private final InventoryFacts inventory;
  private final WorkItems workItems;
  private final DeliveryOptions options;
  private final DeliveryEvents events;
  private final String revision;
  private final String branch;
  private final List<Diagnostic> diagnostics =
      java.util.Collections.synchronizedList(new ArrayList<>());

  // each on its own lock: checks asking for different metrics compute them side by side
  private final Once<Deployments> deployments = new Once<>(this::findDeployments);
  private final Once<DoraKeys> keys = new Once<>(this::computeKeys);
  private final java.util.concurrent.FutureTask<Map<String, CommitDiff>> diffs;
  private final Once<FlowMetrics> flow = new Once<>(this::computeFlow);
  private final Once<Delivery> report = new Once<>(this::computeReport);
  private final Once<List<UnmergedBranch>> unmerged = new Once<>(this::findUnmergedBranches);
  private final Once<Map<String, Boolean>> linked = new Once<>(this::findLinkedCommits);

  /** With the window's diffs, whose reading has started ({@link #readDiffsInBackground}). */
  public DeliveryFacts(
      HistoryFacts history,
      ProjectFiles files,
      FileClassifier classifier,
      List<Pipeline> pipelines,
      InventoryFacts inventory,
      WorkItems workItems,
      DeliveryOptions options,
      DeliveryEvents events,
      String revision,
      String branch,
      java.util.concurrent.FutureTask<Map<String, CommitDiff>> diffs) {
    this.diffs = diffs;
    this.history = history;
    this.files = files;
    this.classifier = classifier;
    this.pipelines = List.copyOf(pipelines);
    this.inventory = inventory;
    this.workItems = workItems;
    this.options = options;
    this.events = events;
    this.revision = revision;
    this.branch = branch;
    diagnostics.addAll(events.diagnostics());
  }

  public boolean known() {
    return history.known();
  }

  public DeliveryOptions options() {
    return options;
  }

  /**
   * The window with {@code since} resolved: for the whole history, or a repository younger than the
   * window, its first commit's time.
   */
  public Window window() {
    Window w = history.window();
    if (w.until() == null) {
      return w;
    }
    Instant start = history.start();
    return new Window(start == null ? w.until() : start, w.until());
  }

  private CommitGraph graph() {
    return history.raw().graph().orElse(null);
  }

  public Deployments deployments() {
    return deployments.get();
  }

  private Deployments findDeployments() {
    if (!history.known()) {
      return new Deployments(Deployments.NONE, history.unknownReason(), List.of());
    }
    Evidence cd = ContinuousDeployment.detect(pipelines, inventory);
    return new DeploymentFinder(history, graph(), revision, diagnostics)
        .find(events, new ReleaseTags(options.deployTags()), cd, branch);
  }

  public DoraKeys keys() {
    return keys.get();
  }

  private DoraKeys computeKeys() {
    return new DoraKeys(deployments(), window(), graph(), history.commits(), events, hotfix());
  }

  /** Commits matching {@code --hotfix-pattern} in their message or merged branch name. */
  Predicate<CommitInfo> hotfix() {
    if (options.hotfixPattern() == null) {
      return c -> false;
    }
    Pattern p = Pattern.compile(options.hotfixPattern());
    return c -> {
      String branchName = history.mergedBranchOf(c);
      return p.matcher(c.message()).find() || (branchName != null && p.matcher(branchName).find());
    };
  }

  /**
   * The diffs the flow metrics need: paths of the window's non-merge commits, line counts of its
   * landings. Empty without git.
   */
  public Map<String, CommitDiff> diffs() {
    diffs.run(); // here when nothing started it (no history to diff); else waits for it below
    return BackgroundWork.await(diffs, "reading diffs");
  }

  /**
   * Starts reading the window's diffs as soon as its history is known — before the tree is even
   * looked at — so that git works on one core while the scan goes on on the other.
   */
  public static java.util.concurrent.FutureTask<Map<String, CommitDiff>> readDiffsInBackground(
      HistoryFacts history) {
    java.util.concurrent.FutureTask<Map<String, CommitDiff>> task =
        new java.util.concurrent.FutureTask<>(() -> readDiffs(history));
    if (history.known() && history.raw().diffs().isPresent()) {
      BackgroundWork.start(task, "shipshape-diffs");
    }
    return task;
  }

  private static Map<String, CommitDiff> readDiffs(HistoryFacts history) {
    return history
        .raw()
        .diffs()
        .map(
            d ->
                d.read(
                    history.nonMergeCommits().stream().map(CommitInfo::id).toList(),
                    history.landings().stream().map(CommitInfo::id).toList()))
        .orElse(Map.of());
  }

  public FlowMetrics flow() {
    return flow.get();
  }

  private FlowMetrics computeFlow() {
    Mailmap mailmap = Mailmap.parse(files.text(".mailmap").orElse(null));
    return new FlowMetrics(history, graph(), diffs(), classifier, mailmap, this::linkedToWorkItem);
  }

  /**
   * Whether the commit's message, or the branch it was merged from, names a work item: asked of
   * every commit of the window once, for the flow figures and the backlog-linkage check alike.
   */
  public boolean linkedToWorkItem(CommitInfo commit) {
    Boolean known = linked.get().get(commit.id());
    return known != null ? known : namesWorkItem(commit);
  }

  private Map<String, Boolean> findLinkedCommits() {
    Map<String, Boolean> linked = new HashMap<>();
    for (CommitInfo c : history.commits()) {
      linked.put(c.id(), namesWorkItem(c));
    }
    return linked;
  }

  private boolean namesWorkItem(CommitInfo c) {
    return workItems.names(c.message()) || workItems.namesInBranch(history.mergedBranchOf(c));
  }

  /** The report's {@code delivery} section. */
  public Delivery report() {
    return report.get();
  }

  private Delivery computeReport() {
    if (!history.known()) {
      return Delivery.unknown(history.unknownReason());
    }
    // the flow figures and the DORA keys share nothing but the history: one on each core
    java.util.concurrent.FutureTask<Delivery.Flow> flowFigures =
        BackgroundWork.start(this::flowSection, "shipshape-flow");
    Deployments d = deployments();
    DoraKeys k = keys();
    List<DoraKeys.Failure> failures = d.known() ? k.failures() : List.of();
    Delivery.DeploymentFrequency frequency = k.frequency();
    Delivery.LeadTime leadTime = k.leadTime();
    Delivery.ChangeFailureRate changeFailureRate = k.changeFailureRate(failures);
    Delivery.RecoveryTime recoveryTime = k.recoveryTime(failures);
    Delivery.ReworkRate reworkRate = k.reworkRate();
    return new Delivery(
        d.source(),
        d.detail(),
        frequency,
        leadTime,
        changeFailureRate,
        recoveryTime,
        reworkRate,
        await(flowFigures));
  }

  private static <T> T await(java.util.concurrent.FutureTask<T> task) {
    return BackgroundWork.await(task, "computing delivery metrics");
  }

  private Delivery.Flow flowSection() {
    FlowMetrics f = flow();
    FlowFigures integration = FlowFigures.of(history);
    FlowMetrics.BatchSizes batches = f.batchSizes();
    FlowMetrics.BranchLifetimes lifetimes = f.branchLifetimes();
    FlowMetrics.Contributors contributors = f.contributors();
    return new Delivery.Flow(
        Stats.round(f.linkage().ratio()),
        Stats.round(f.testsWithChanges().ratio()),
        batches.median() == null ? null : (int) Math.round(batches.median()),
        batches.p90() == null ? null : (int) Math.round(batches.p90()),
        Stats.round(lifetimes.median()),
        lifetimes.merges() == 0 && history.landings().isEmpty() ? null : lifetimes.hours().size(),
        integration == null ? null : Stats.round(integration.perWeek()),
        integration == null ? null : Stats.round(integration.weeksWithLandingRatio()),
        contributors.active() == 0 ? null : contributors.active(),
        contributors.active() == 0 ? null : contributors.busFactor());
  }

  /** What computing the metrics noticed (events that did not parse, unmatched commits). */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** A branch not merged into the revision and the author time of its oldest unmerged commit. */
  public record UnmergedBranch(
      dev.shipshape.repository.BranchRef branch, java.time.Instant since) {}

  /**
   * Branches whose tip is not reachable from the revision, with their oldest commit not on it;
   * empty when the repository holds no branch but the analysed one.
   */
  public List<UnmergedBranch> unmergedBranches() {
    return unmerged.get();
  }

  private List<UnmergedBranch> findUnmergedBranches() {
    CommitGraph graph = graph();
    List<UnmergedBranch> out = new ArrayList<>();
    if (graph == null || revision == null) {
      return List.of();
    }
    // Branches with no commit in the window are abandoned rather than in progress; leaving them
    // out keeps the walk within the window instead of the whole history.
    java.time.Instant since = history.window().since();
    List<dev.shipshape.repository.BranchRef> others =
        history.raw().branches().stream()
            .filter(b -> !b.commit().equals(revision))
            .filter(b -> since == null || !b.tipTime().isBefore(since))
            .toList();
    java.util.Set<String> merged =
        graph.reachableFrom(revision, others.stream().map(b -> b.commit()).distinct().toList());
    for (dev.shipshape.repository.BranchRef b : others) {
      if (merged.contains(b.commit())) {
        continue;
      }
      graph.range(List.of(b.commit()), List.of(revision), false).stream()
          .map(CommitInfo::authorTime)
          .min(java.util.Comparator.naturalOrder())
          .ifPresent(t -> out.add(new UnmergedBranch(b, t)));
    }
    return List.copyOf(out);
  }
}
