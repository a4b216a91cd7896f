package dev.shipshape.facts.delivery;

import dev.shipshape.facts.delivery.DeliveryEvents.DeploymentEvent;
import dev.shipshape.facts.delivery.DeliveryEvents.IncidentEvent;
import dev.shipshape.facts.delivery.DeliveryEvents.Result;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Delivery.Band;
import dev.shipshape.model.Window;
import dev.shipshape.repository.CommitGraph;
import dev.shipshape.repository.CommitInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DORA keys of DELIVERY-METRICS.md from the deployments, the commit graph and the events. */
public final class DoraKeys {
  private static final Pattern REVERTS_SHA =
      Pattern.compile("This reverts commit ([0-9a-fA-F]{7,40})");
  private static final Pattern REVERT_SUBJECT = Pattern.compile("^Revert \"(.+)\"$");

  private final Deployments deployments;
  private final Window window;
  private final CommitGraph graph;
  private final List<CommitInfo> windowCommits;
  private final DeliveryEvents events;
  private final Predicate<CommitInfo> hotfix;

  private final List<Deployment> inWindow;
  private final Set<Deployment> inWindowSet;
  private final Map<Deployment, Integer> position = new HashMap<>();
  private final Map<Deployment, List<CommitInfo>> shipped = new HashMap<>();
  private final Map<Deployment, Set<String>> shippedIds = new HashMap<>();
  private final Map<Deployment, Deployment> previousWithCommit = new HashMap<>();

  /** A failed deployment and when service was restored (null when not yet). */
  public record Failure(Deployment deployment, Instant restoredAt, String why) {}

  /**
   * @param window the window with {@code since} resolved (never null)
   * @param hotfix commits that fix a failure of the deployment before theirs
   */
  public DoraKeys(
      Deployments deployments,
      Window window,
      CommitGraph graph,
      List<CommitInfo> windowCommits,
      DeliveryEvents events,
      Predicate<CommitInfo> hotfix) {
    this.deployments = deployments;
    this.window = window;
    this.graph = graph;
    this.windowCommits = windowCommits;
    this.events = events;
    this.hotfix = hotfix;
    this.inWindow = deployments.in(window);
    this.inWindowSet = new HashSet<>(inWindow);
    List<Deployment> all = deployments.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      position.put(all.get(i), i); // the first, as indexOf
    }
    Deployment last = null;
    for (Deployment d : all) {
      previousWithCommit.put(d, last);
      if (d.commit() != null) {
        last = d;
      }
    }
  }

  public List<Deployment> inWindow() {
    return inWindow;
  }

  /**
   * {@code git rev-list d ^p}: the commits deployment d shipped (merges included); for the first
   * deployment, all its history. Null when d names no commit of this repository.
   */
  public List<CommitInfo> shipped(Deployment d) {
    if (d.commit() == null || graph == null) {
      return null;
    }
    return shipped.computeIfAbsent(
        d,
        x -> {
          Deployment p = previousWithCommit.get(x);
          return graph.range(
              List.of(x.commit()), p == null ? List.of() : List.of(p.commit()), false);
        });
  }

  /** The ids of {@link #shipped}; empty when it is null. */
  private Set<String> shippedIds(Deployment d) {
    return shippedIds.computeIfAbsent(
        d,
        x -> {
          List<CommitInfo> s = shipped(x);
          Set<String> ids = new HashSet<>();
          if (s != null) {
            s.forEach(c -> ids.add(c.id()));
          }
          return ids;
        });
  }

  // --- deployment frequency ---

  public Delivery.DeploymentFrequency frequency() {
    if (!deployments.known()) {
      return new Delivery.DeploymentFrequency(null, null, null, null, deployments.detail());
    }
    int n = inWindow.size();
    double weeks = weeks(window);
    Set<LocalDate> days = new HashSet<>();
    inWindow.forEach(d -> days.add(d.finishedAt().atZone(ZoneOffset.UTC).toLocalDate()));
    int medianWeek = lowerMedian(perPeriod(days, true));
    int medianMonth = lowerMedian(perPeriod(days, false));
    Band band =
        medianWeek >= 3
            ? Band.ELITE
            : medianWeek >= 1 ? Band.HIGH : medianMonth >= 1 ? Band.MEDIUM : Band.LOW;
    String tooShort = HistoryFacts.tooShortForRates(window.since(), window.until());
    if (tooShort != null) {
      // the figures stand, the band is not judged
      return new Delivery.DeploymentFrequency(
          n, Stats.round(n / weeks), medianWeek, null, tooShort);
    }
    return new Delivery.DeploymentFrequency(n, Stats.round(n / weeks), medianWeek, band, null);
  }

  /** The window's length in weeks, at least one. */
  public static double weeks(Window w) {
    return Math.max(1.0, Duration.between(w.since(), w.until()).getSeconds() / (7 * 86400.0));
  }

  /** Deployment days in each ISO week (or calendar month) of the window, UTC; empty ones too. */
  private List<Integer> perPeriod(Set<LocalDate> days, boolean weeks) {
    Map<String, Integer> counts = new TreeMap<>();
    LocalDate from = window.since().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate to = window.until().atZone(ZoneOffset.UTC).toLocalDate();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      counts.merge(period(d, weeks), days.contains(d) ? 1 : 0, Integer::sum);
    }
    return new ArrayList<>(counts.values());
  }

  static String period(LocalDate d, boolean week) {
    return week
        ? d.get(IsoFields.WEEK_BASED_YEAR)
            + "-W"
            + String.format("%02d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
        : YearMonth.from(d).toString();
  }

  /** The value at rank ⌈n/2⌉ in ascending order (the lower middle for an even count). */
  static int lowerMedian(List<Integer> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Integer> v = new ArrayList<>(values);
    v.sort(Integer::compare);
    return v.get((v.size() + 1) / 2 - 1);
  }

  // --- lead time ---

  public Delivery.LeadTime leadTime() {
    if (!deployments.known()) {
      return new Delivery.LeadTime(null, null, null, null, null, deployments.detail());
    }
    List<Double> hours = new ArrayList<>();
    int dropped = 0;
    int usable = 0;
    for (Deployment d : inWindow) {
      if (d.commit() == null || previousWithCommit.get(d) == null) {
        continue; // no earlier deployment: its range would be all history
      }
      usable++;
      for (CommitInfo c : shipped(d)) {
        if (c.merge()) {
          continue;
        }
        long seconds = Duration.between(c.authorTime(), d.finishedAt()).getSeconds();
        if (seconds < 0) {
          dropped++;
        } else {
          hours.add(seconds / 3600.0);
        }
      }
    }
    if (hours.isEmpty()) {
      String why =
          inWindow.isEmpty()
              ? "no deployment in the window"
              : usable == 0
                  ? "no deployment in the window has an earlier one to measure from"
                  : "the deployments of the window shipped no commits";
      return new Delivery.LeadTime(null, null, 0, dropped, null, why);
    }
    Double median = Stats.median(hours);
    Band band =
        median < 24 ? Band.ELITE : median < 168 ? Band.HIGH : median < 720 ? Band.MEDIUM : Band.LOW;
    return new Delivery.LeadTime(
        Stats.round(median), Stats.round(Stats.p90(hours)), hours.size(), dropped, band, null);
  }

  // --- failures ---

  /** The failed deployments of the window, oldest first. */
  public List<Failure> failures() {
    Map<Deployment, Failure> failed = new LinkedHashMap<>();
    Map<String, Deployment> byId = new HashMap<>();
    deployments.all().forEach(d -> byId.put(d.id(), d));
    // events: a failed or rolled back result, restored by the next successful deployment
    for (Deployment d : inWindow) {
      if (d.failedByEvent()) {
        Deployment next = nextAfter(d, x -> x.result() == Result.SUCCESS);
        fail(failed, d, next == null ? null : next.finishedAt(), "event result " + d.result());
      }
    }
    for (DeploymentEvent rollback : events.deployments()) {
      if (!rollback.rollback() || !rollback.production()) {
        continue;
      }
      Deployment before = null;
      for (Deployment d : deployments.all()) {
        if (d.finishedAt().isBefore(rollback.finishedAt())) {
          before = d;
        }
      }
      if (before != null && inWindowSet.contains(before)) {
        fail(failed, before, rollback.finishedAt(), "rolled back (" + rollback.id() + ")");
      }
    }
    // incidents: by deployment id, by root-cause commit, or by the artifact deployed
    Map<String, String> artifactOf = new HashMap<>();
    events
        .deployments()
        .forEach(
            e -> {
              if (e.artifact() != null) artifactOf.put(e.id(), e.artifact());
            });
    for (IncidentEvent incident : events.incidents()) {
      Deployment d = null;
      if (incident.deploymentId() != null) {
        d = byId.get(incident.deploymentId());
      }
      if (d == null && incident.rootCauseCommit() != null && graph != null) {
        String root = graph.commit(incident.rootCauseCommit()).map(CommitInfo::id).orElse(null);
        for (Deployment x : inWindow) {
          List<CommitInfo> s = shipped(x);
          if (root != null && s != null && shippedIds(x).contains(root)) {
            d = x;
          }
        }
      }
      if (d == null && incident.artifact() != null) {
        for (Deployment x : deployments.all()) {
          if (incident.artifact().equals(artifactOf.get(x.id()))
              && !x.finishedAt().isAfter(incident.createdAt())) {
            d = x;
          }
        }
      }
      if (d != null && inWindowSet.contains(d)) {
        fail(failed, d, incident.resolvedAt(), "incident " + incident.id());
      }
    }
    // reverts: a later commit reverts a commit the deployment shipped, and did not ship with it
    Map<String, CommitInfo> revertOf = reverts();
    boolean bySubject = revertOf.keySet().stream().anyMatch(k -> k.startsWith("subject:"));
    for (Deployment d : inWindow) {
      List<CommitInfo> s = shipped(d);
      if (s == null) {
        continue;
      }
      Set<String> ids = shippedIds(d);
      for (CommitInfo c : s) {
        CommitInfo revert = revertOf.get(c.id());
        if (revert == null && bySubject) {
          revert = revertOf.get("subject:" + c.subject());
        }
        if (revert != null && !ids.contains(revert.id()) && !revert.id().equals(c.id())) {
          String r = revert.id();
          Deployment restorer = nextAfter(d, x -> shipped(x) != null && shippedIds(x).contains(r));
          fail(
              failed,
              d,
              restorer == null ? null : restorer.finishedAt(),
              "commit " + c.id().substring(0, 12) + " reverted by " + r.substring(0, 12));
          break;
        }
      }
    }
    // hotfixes: a deployment shipping a hotfix restores the one before it
    for (Deployment d : deployments.all()) {
      List<CommitInfo> s = inWindowSet.contains(d) ? shipped(d) : null;
      if (s == null || s.stream().noneMatch(c -> !c.merge() && hotfix.test(c))) {
        continue;
      }
      Deployment p = deployments.previous(d);
      if (p != null && inWindowSet.contains(p)) {
        fail(failed, p, d.finishedAt(), "hotfix shipped by " + d.label());
      }
    }
    List<Failure> out = new ArrayList<>(failed.values());
    out.sort(Comparator.comparing(f -> f.deployment().finishedAt()));
    return out;
  }

  private static void fail(
      Map<Deployment, Failure> failed, Deployment d, Instant restored, String why) {
    failed.merge(
        d,
        new Failure(d, restored, why),
        (a, b) -> {
          Instant t =
              a.restoredAt() == null
                  ? b.restoredAt()
                  : b.restoredAt() == null || a.restoredAt().isBefore(b.restoredAt())
                      ? a.restoredAt()
                      : b.restoredAt();
          return new Failure(d, t, a.why());
        });
  }

  private Deployment nextAfter(Deployment d, Predicate<Deployment> which) {
    List<Deployment> all = deployments.all();
    Integer at = position.get(d);
    for (int i = at == null ? 0 : at + 1; i < all.size(); i++) {
      if (which.test(all.get(i))) {
        return all.get(i);
      }
    }
    return null;
  }

  /** Reverted commit id (or "subject:" + subject) → the commit reverting it. */
  private Map<String, CommitInfo> reverts() {
    Map<String, CommitInfo> revertOf = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<CommitInfo> candidates = new ArrayList<>(windowCommits);
    for (Deployment d : inWindow) {
      List<CommitInfo> s = shipped(d);
      if (s != null) {
        candidates.addAll(s);
      }
    }
    for (CommitInfo c : candidates) {
      if (!seen.add(c.id()) || c.merge()) {
        continue;
      }
      boolean bySha = false;
      Matcher m = mayRevertBySha(c) ? REVERTS_SHA.matcher(c.message()) : null;
      while (m != null && m.find()) {
        String target = m.group(1);
        if (target.length() < 40 && graph != null) {
          target = graph.commit(target).map(CommitInfo::id).orElse(target);
        }
        revertOf.putIfAbsent(target.toLowerCase(java.util.Locale.ROOT), c);
        bySha = true;
      }
      if (!bySha && mayRevertBySubject(c)) {
        Matcher s = REVERT_SUBJECT.matcher(c.subject());
        if (s.matches()) {
          revertOf.putIfAbsent("subject:" + s.group(1), c);
        }
      }
    }
    return revertOf;
  }

  /** Whether the commit reverts another one. */
  static boolean isRevert(CommitInfo c) {
    return (mayRevertBySha(c) && REVERTS_SHA.matcher(c.message()).find())
        || (mayRevertBySubject(c) && REVERT_SUBJECT.matcher(c.subject()).matches());
  }

  // Cheap tests the patterns imply, so most messages are never matched against them.
  private static boolean mayRevertBySha(CommitInfo c) {
    return c.message().contains("This reverts commit ");
  }

  private static boolean mayRevertBySubject(CommitInfo c) {
    return c.message().stripLeading().startsWith("Revert \"");
  }

  public Delivery.ChangeFailureRate changeFailureRate(List<Failure> failures) {
    if (!deployments.known()) {
      return new Delivery.ChangeFailureRate(null, null, null, null, deployments.detail());
    }
    if (inWindow.isEmpty()) {
      return new Delivery.ChangeFailureRate(null, 0, 0, null, "no deployment in the window");
    }
    double ratio = (double) failures.size() / inWindow.size();
    Band band =
        ratio <= 0.05
            ? Band.ELITE
            : ratio <= 0.10 ? Band.HIGH : ratio <= 0.15 ? Band.MEDIUM : Band.LOW;
    return new Delivery.ChangeFailureRate(
        Stats.round(ratio), failures.size(), inWindow.size(), band, null);
  }

  public Delivery.RecoveryTime recoveryTime(List<Failure> failures) {
    if (!deployments.known()) {
      return new Delivery.RecoveryTime(null, null, null, deployments.detail());
    }
    List<Double> hours = new ArrayList<>();
    for (Failure f : failures) {
      if (f.restoredAt() != null && !f.restoredAt().isBefore(f.deployment().finishedAt())) {
        hours.add(
            Duration.between(f.deployment().finishedAt(), f.restoredAt()).getSeconds() / 3600.0);
      }
    }
    if (hours.isEmpty()) {
      String why =
          failures.isEmpty()
              ? "no failed deployment in the window"
              : failures.size() + " failed deployments, none restored by a later deployment yet";
      return new Delivery.RecoveryTime(null, 0, null, why);
    }
    Double median = Stats.median(hours);
    Band band =
        median < 1 ? Band.ELITE : median < 24 ? Band.HIGH : median < 168 ? Band.MEDIUM : Band.LOW;
    return new Delivery.RecoveryTime(Stats.round(median), hours.size(), band, null);
  }

  /** Deployments of the window that ship only reverts and hotfixes. */
  public Delivery.ReworkRate reworkRate() {
    if (!deployments.known()) {
      return new Delivery.ReworkRate(null, deployments.detail());
    }
    if (inWindow.isEmpty()) {
      return new Delivery.ReworkRate(null, "no deployment in the window");
    }
    int rework = 0;
    for (Deployment d : inWindow) {
      if (previousWithCommit.get(d) == null) {
        continue;
      }
      List<CommitInfo> own =
          shipped(d) == null ? List.of() : shipped(d).stream().filter(c -> !c.merge()).toList();
      if (!own.isEmpty() && own.stream().allMatch(c -> isRevert(c) || hotfix.test(c))) {
        rework++;
      }
    }
    return new Delivery.ReworkRate(Stats.round((double) rework / inWindow.size()), null);
  }
}
