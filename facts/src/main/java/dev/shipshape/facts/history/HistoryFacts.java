package dev.shipshape.facts.history;

import dev.shipshape.model.Window;
import dev.shipshape.repository.CommitInfo;
import dev.shipshape.repository.History;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * History series every check shares, computed once: the commits of the window, the landings on the
 * analysed branch (its first-parent chain) and the branch each merged commit came from.
 */
public final class HistoryFacts {
  private static final Pattern MERGED_BRANCH =
      Pattern.compile(
          "^Merge (?:pull request #\\d+ from \\S+?/(\\S+)|branch '([^']+)'|remote-tracking branch '[^/']+/([^']+)'|branch (\\S+))");
  private static final Pattern GITLAB_MERGE = Pattern.compile("^Merge branch '([^']+)' into");

  private final History history;
  private final Window window;
  private final List<CommitInfo> commits;
  private final List<CommitInfo> landings;
  private final Map<String, String> mergedBranchOf;

  public HistoryFacts(History history, Window window, String revision) {
    this.history = history;
    this.window = window;
    this.commits = history.commits();
    Map<String, CommitInfo> byId = new HashMap<>();
    commits.forEach(c -> byId.put(c.id(), c));
    List<CommitInfo> chain = new ArrayList<>();
    Set<String> mainline = new HashSet<>();
    CommitInfo c = revision == null ? null : byId.get(revision);
    while (c != null) {
      chain.add(c);
      mainline.add(c.id());
      c = c.parents().isEmpty() ? null : byId.get(c.parents().get(0));
    }
    this.landings = Collections.unmodifiableList(chain);
    this.mergedBranchOf = branchesOfMergedCommits(byId, mainline);
  }

  /** Branch names of commits that came in through a merge, from the merge's message. */
  private Map<String, String> branchesOfMergedCommits(
      Map<String, CommitInfo> byId, Set<String> mainline) {
    Map<String, String> branchOf = new HashMap<>();
    for (CommitInfo merge : landings) {
      if (!merge.merge()) {
        continue;
      }
      String branch = mergedBranch(merge.subject());
      if (branch == null) {
        continue;
      }
      // the branch's own commits: from the second parent back to the mainline
      CommitInfo c = byId.get(merge.parents().get(1));
      int guard = 0;
      while (c != null && !mainline.contains(c.id()) && guard++ < 10_000) {
        branchOf.putIfAbsent(c.id(), branch);
        c = c.parents().isEmpty() ? null : byId.get(c.parents().get(0));
      }
    }
    return branchOf;
  }

  /** The branch a merge commit's subject names, or null. */
  public static String mergedBranch(String subject) {
    Matcher m = MERGED_BRANCH.matcher(subject);
    if (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          return m.group(g);
        }
      }
    }
    Matcher gl = GITLAB_MERGE.matcher(subject);
    return gl.find() ? gl.group(1) : null;
  }

  public boolean known() {
    return history.known();
  }

  /** Why history is unknown (null when known). */
  public String unknownReason() {
    return history.unknownReason();
  }

  public boolean shallow() {
    return history.shallow();
  }

  public Window window() {
    return window;
  }

  /** A rate per week needs at least a week of history to be judged. */
  public static final Duration SHORTEST_FOR_RATES = Duration.ofDays(7);

  private Instant start;

  /**
   * Where the window's history starts: {@code since}, or the first commit when the repository is
   * younger than the window (the weeks before a repository existed are not weeks without work), or
   * null when unknown.
   */
  public synchronized Instant start() {
    if (start == null) {
      start = firstSeen();
    }
    return start;
  }

  private Instant firstSeen() {
    Instant since = window.since();
    if (commits.isEmpty()) {
      return since;
    }
    Set<String> ids = new HashSet<>();
    commits.forEach(c -> ids.add(c.id()));
    boolean olderHistory =
        history.shallow()
            || commits.stream().flatMap(c -> c.parents().stream()).anyMatch(p -> !ids.contains(p));
    if (since != null && olderHistory) {
      return since;
    }
    Instant first =
        commits.stream().map(CommitInfo::commitTime).min(Comparator.naturalOrder()).orElseThrow();
    return since == null || first.isAfter(since) ? first : since;
  }

  /**
   * Why a rate per week cannot be judged from {@code start} to {@code until} (under {@link
   * #SHORTEST_FOR_RATES}), or null when it can.
   */
  public static String tooShortForRates(Instant start, Instant until) {
    if (start == null || until == null) {
      return null;
    }
    Duration span = Duration.between(start, until);
    if (span.compareTo(SHORTEST_FOR_RATES) >= 0) {
      return null;
    }
    long hours = span.toHours();
    String seen = hours < 48 ? hours + " h" : span.toDays() + " days";
    return "the history seen covers "
        + seen
        + " (from "
        + start
        + "): too short to judge a rate per week (at least "
        + SHORTEST_FOR_RATES.toDays()
        + " days)";
  }

  public History raw() {
    return history;
  }

  /** Every commit of the window, newest first. */
  public List<CommitInfo> commits() {
    return commits;
  }

  public List<CommitInfo> nonMergeCommits() {
    return commits.stream().filter(x -> !x.merge()).toList();
  }

  /** The analysed branch's first-parent chain within the window, newest first. */
  public List<CommitInfo> landings() {
    return landings;
  }

  /** The branch this commit was merged from, when a merge message names it. */
  public String mergedBranchOf(CommitInfo commit) {
    return mergedBranchOf.get(commit.id());
  }
}
