package dev.shipshape.checks.versioncontrol;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "version-control/backlog-linkage",
    practice = Practice.VERSION_CONTROL,
    title = "Commits name the work item they belong to",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Name the work item in every commit message or branch name (e.g. `ABC-123: ...`,"
            + " `#123`), or add your tracker's pattern under workItems in .shipshape.yml.")
public final class BacklogLinkageCheck implements Check {
  /** At or above this share the check has full marks; below, the score falls linearly. */
  static final double FULL_MARKS_SHARE = 0.8;

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    List<CommitInfo> commits = facts.history().nonMergeCommits();
    if (commits.isEmpty()) {
      return Outcome.notApplicable("no commits in the window");
    }
    List<CommitInfo> unlinked = new ArrayList<>();
    int linked = 0;
    for (CommitInfo c : commits) {
      if (facts.linkedToWorkItem(c)) {
        linked++;
      } else {
        unlinked.add(c);
      }
    }
    double share = (double) linked / commits.size();
    int score = share >= FULL_MARKS_SHARE ? 10 : (int) Math.floor(10 * share / FULL_MARKS_SHARE);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            linked
                + " of "
                + commits.size()
                + " non-merge commits in the window name a work item"));
    unlinked.stream()
        .limit(3)
        .forEach(c -> evidence.add(Evidence.commit(c.id(), "no work item: " + c.subject())));
    return Outcome.score(
        score, Math.round(share * 100) + " % of commits name a work item.", evidence);
  }
}
