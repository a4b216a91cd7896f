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
import dev.shipshape.facts.history.ReviewSignals;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "version-control/peer-review",
    practice = Practice.VERSION_CONTROL,
    title = "Changes reach the default branch through review",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Protect the default branch so every change lands through a reviewed pull or merge"
            + " request (or record reviews with Reviewed-by: trailers).")
public final class PeerReviewCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    List<CommitInfo> landings = facts.history().landings();
    if (landings.isEmpty()) {
      return Outcome.notApplicable("no commits landed on the analysed branch in the window");
    }
    int reviewed = 0;
    List<Evidence> unreviewed = new ArrayList<>();
    for (CommitInfo c : landings) {
      if (ReviewSignals.signal(c) != null) {
        reviewed++;
      } else if (unreviewed.size() < 3) {
        unreviewed.add(Evidence.commit(c.id(), "no sign of review: " + c.subject()));
      }
    }
    double share = (double) reviewed / landings.size();
    int score = (int) Math.round(10 * share);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            reviewed
                + " of "
                + landings.size()
                + " changes landed on the analysed branch came through a pull/merge request or"
                + " carry a review trailer"));
    evidence.addAll(unreviewed);
    return Outcome.score(score, Math.round(share * 100) + " % of changes were reviewed.", evidence);
  }
}
