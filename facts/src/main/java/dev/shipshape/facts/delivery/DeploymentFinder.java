package dev.shipshape.facts.delivery;

import dev.shipshape.facts.delivery.DeliveryEvents.DeploymentEvent;
import dev.shipshape.facts.delivery.DeliveryEvents.Result;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Evidence;
import dev.shipshape.repository.CommitGraph;
import dev.shipshape.repository.CommitInfo;
import dev.shipshape.repository.TagRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the deployments from the first source that applies: events, tags, landings, none. */
public final class DeploymentFinder {
  private final HistoryFacts history;
  private final CommitGraph graph;
  private final String revision;
  private final List<Diagnostic> diagnostics;

  public DeploymentFinder(
      HistoryFacts history, CommitGraph graph, String revision, List<Diagnostic> diagnostics) {
    this.history = history;
    this.graph = graph;
    this.revision = revision;
    this.diagnostics = diagnostics;
  }

  public Deployments find(
      DeliveryEvents events, ReleaseTags tags, Evidence continuousDeployment, String branch) {
    Instant until = history.window().until();
    Deployments fromEvents = fromEvents(events, until);
    if (fromEvents != null) {
      return fromEvents;
    }
    Deployments fromTags = fromTags(tags, until);
    if (fromTags != null) {
      return fromTags;
    }
    if (continuousDeployment != null) {
      return fromLandings(continuousDeployment, branch);
    }
    String why =
        "no deployments found: no deployment events given, no "
            + tags.describe()
            + " reachable from the revision, and no pipeline that deploys on every push";
    return new Deployments(Deployments.NONE, why, List.of());
  }

  private Deployments fromEvents(DeliveryEvents events, Instant until) {
    List<DeploymentEvent> production =
        events.deployments().stream()
            .filter(e -> e.production() && !e.rollback())
            .filter(e -> !e.finishedAt().isAfter(until))
            .toList();
    if (production.isEmpty()) {
      if (!events.deployments().isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(
                "deployment events were given, but none to production finished by "
                    + until
                    + ": deployments read from the next source"));
      }
      return null;
    }
    List<Deployment> all = new ArrayList<>();
    int unmatched = 0;
    for (DeploymentEvent e : production) {
      String commit = null;
      if (e.commit() != null && graph != null) {
        commit = graph.commit(e.commit()).map(CommitInfo::id).orElse(null);
      }
      if (commit == null) {
        unmatched++;
      }
      all.add(new Deployment(e.id(), commit, e.finishedAt(), e.id(), e.result()));
    }
    all.sort(Comparator.comparing(Deployment::finishedAt).thenComparing(Deployment::id));
    if (unmatched > 0) {
      diagnostics.add(
          Diagnostic.warning(
              count(unmatched, "deployment event")
                  + (unmatched == 1 ? " names" : " name")
                  + " no commit of this repository: they count for frequency and failures, not"
                  + " for lead time"));
    }
    String detail =
        "deployment events to production ("
            + count(all.size(), "deployment")
            + ", "
            + count(events.incidents().size(), "incident")
            + ")";
    return new Deployments(Deployments.EVENTS, detail, all);
  }

  /**
   * The tag commits reachable from the revision. Only releases in the window and the last one
   * before it (the previous deployment of the window's first) matter, so with a window the walk
   * stops at its start instead of going back to the oldest tag of the whole history.
   */
  private Map<String, Boolean> reachableTags(List<TagRef> tags) {
    Instant since = history.window().since();
    List<String> commits = tags.stream().map(TagRef::commit).distinct().toList();
    if (since == null) {
      return checked(commits, graph.reachableFrom(revision, commits));
    }
    Instant start = since.minus(java.time.Duration.ofDays(1)); // clock skew
    Map<String, Instant> time = new LinkedHashMap<>();
    for (String c : commits) {
      graph.commit(c).ifPresent(info -> time.put(c, info.commitTime()));
    }
    List<String> recent = time.keySet().stream().filter(c -> !time.get(c).isBefore(start)).toList();
    List<String> older =
        time.keySet().stream()
            .filter(c -> time.get(c).isBefore(start))
            .sorted(Comparator.comparing(time::get).reversed())
            .toList();
    int from = Math.min(4, older.size());
    List<String> candidates = new ArrayList<>(recent);
    candidates.addAll(older.subList(0, from));
    Map<String, Boolean> checked = checked(candidates, graph.reachableFrom(revision, candidates));
    // until one release before the window is found reachable, look further back
    while (older.stream().limit(from).noneMatch(checked::get) && from < older.size()) {
      int to = Math.min(from * 2, older.size());
      List<String> more = older.subList(from, to);
      checked.putAll(checked(more, graph.reachableFrom(revision, more)));
      from = to;
    }
    return checked;
  }

  private static Map<String, Boolean> checked(List<String> commits, Set<String> reachable) {
    Map<String, Boolean> checked = new LinkedHashMap<>();
    commits.forEach(c -> checked.put(c, reachable.contains(c)));
    return checked;
  }

  private Deployments fromTags(ReleaseTags rule, Instant until) {
    List<TagRef> matching =
        history.raw().tags().stream().filter(t -> rule.matches(t.name())).toList();
    if (matching.isEmpty() || graph == null) {
      return null;
    }
    Map<String, Boolean> reachable = reachableTags(matching);
    int annotated = 0;
    int lightweight = 0;
    int unreachable = 0;
    // one deployment per commit: two tags on one commit are one release
    Map<String, Deployment> byCommit = new LinkedHashMap<>();
    for (TagRef tag : matching) {
      Boolean isReachable = reachable.get(tag.commit());
      if (isReachable == null) {
        continue; // a release older than the one before the window: not needed
      }
      if (!isReachable) {
        unreachable++;
        continue;
      }
      Instant time = tag.annotated() && tag.taggerTime() != null ? tag.taggerTime() : null;
      if (time == null) {
        time = graph.commit(tag.commit()).map(CommitInfo::commitTime).orElse(null);
      }
      if (time == null) {
        continue;
      }
      if (time.isAfter(until) && !tag.commit().equals(revision)) {
        continue; // tagged after the analysed revision: not part of this scan
      }
      if (time.isAfter(until)) {
        time = until; // a release of the analysed commit itself counts, at its end of window
      }
      if (tag.annotated()) {
        annotated++;
      } else {
        lightweight++;
      }
      Instant at = time;
      byCommit.merge(
          tag.commit(),
          new Deployment(tag.name(), tag.commit(), at, tag.name(), Result.SUCCESS),
          (a, b) ->
              a.finishedAt().isAfter(b.finishedAt())
                  ? new Deployment(
                      b.id(), b.commit(), b.finishedAt(), b.label() + ", " + a.label(), b.result())
                  : new Deployment(
                      a.id(),
                      a.commit(),
                      a.finishedAt(),
                      a.label() + ", " + b.label(),
                      a.result()));
    }
    if (byCommit.isEmpty()) {
      if (unreachable > 0) {
        diagnostics.add(
            Diagnostic.info(
                unreachable
                    + " "
                    + rule.describe()
                    + " are not reachable from the revision and were not counted"));
      }
      return null;
    }
    List<Deployment> all = new ArrayList<>(byCommit.values());
    all.sort(Comparator.comparing(Deployment::finishedAt).thenComparing(Deployment::id));
    String detail =
        rule.describe()
            + " (annotated: "
            + annotated
            + ", lightweight: "
            + lightweight
            + (unreachable > 0 ? "; not reachable from the revision: " + unreachable : "")
            + ")";
    return new Deployments(Deployments.TAGS, detail, all);
  }

  private Deployments fromLandings(Evidence cd, String branch) {
    List<CommitInfo> landings = new ArrayList<>(history.landings());
    List<Deployment> all = new ArrayList<>();
    if (!landings.isEmpty() && graph != null) {
      // the landing before the window: the previous deployment of the window's first
      CommitInfo oldest = landings.get(landings.size() - 1);
      if (!oldest.parents().isEmpty()) {
        graph
            .commit(oldest.parents().get(0))
            .ifPresent(
                p ->
                    all.add(
                        new Deployment(p.id(), p.id(), p.commitTime(), p.id(), Result.SUCCESS)));
      }
    }
    for (int i = landings.size() - 1; i >= 0; i--) {
      CommitInfo c = landings.get(i);
      all.add(new Deployment(c.id(), c.id(), c.commitTime(), c.id(), Result.SUCCESS));
    }
    // kept in first-parent order: each landing's previous deployment is its first parent
    String detail =
        "landings on "
            + (branch == null ? "the analysed branch" : branch)
            + " (continuous deployment: "
            + cd.location()
            + " "
            + cd.detail()
            + ")";
    return new Deployments(Deployments.LANDINGS, detail, all);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
