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
import dev.shipshape.facts.delivery.FlowMetrics;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@CheckInfo(
    id = "version-control/trunk-based",
    practice = Practice.VERSION_CONTROL,
    title = "Branches live less than a day",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Merge branches within a day: split work into smaller changes and hide unfinished work"
            + " behind feature flags.")
public final class TrunkBasedCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    FlowMetrics.BranchLifetimes lifetimes = facts.delivery().flow().branchLifetimes();
    Double median = lifetimes.median();
    if (median == null) {
      return Outcome.notApplicable(
          "no merge commit on the analysed branch in the window: branch lifetime cannot be"
              + " measured (direct commits or squash merges)");
    }
    int score = median < 24 ? 10 : median < 72 ? 7 : median < 168 ? 4 : 1;
    String hours = String.format(Locale.ROOT, "%.1f", median);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            "median branch lifetime "
                + hours
                + " h over "
                + lifetimes.hours().size()
                + " merged branches (merge time − author time of the branch's oldest commit; "
                + (lifetimes.landings() - lifetimes.merges())
                + " other landings, direct or squashed, have none)"));
    long stale =
        facts.delivery().unmergedBranches().stream()
            .filter(
                b ->
                    b.since().isBefore(facts.window().until().minus(java.time.Duration.ofDays(30))))
            .count();
    if (stale > 0) {
      evidence.add(Evidence.note(stale + " unmerged branches started over 30 days ago"));
    }
    return Outcome.score(score, "Branches live " + hours + " h (median).", evidence);
  }
}
