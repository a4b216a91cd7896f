package dev.shipshape.checks.agile;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.delivery.DeliveryFacts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "agile-lean/work-in-progress",
    practice = Practice.AGILE_LEAN,
    title = "Few branches linger unmerged",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Finish or delete branches older than 30 days: limit work in progress so started work"
            + " gets done.")
public final class WorkInProgressCheck implements Check {
  static final Duration ALIVE = Duration.ofDays(30);

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    if (facts.history().raw().branches().size() < 2) {
      return Outcome.notApplicable(
          "the repository holds no branch but the analysed one (a clone or mirror without them)");
    }
    Instant cutoff = facts.window().until().minus(ALIVE);
    List<DeliveryFacts.UnmergedBranch> old =
        facts.delivery().unmergedBranches().stream()
            .filter(b -> b.since().isBefore(cutoff))
            .toList();
    int n = old.size();
    int score = n <= 3 ? 10 : n <= 5 ? 7 : n <= 10 ? 4 : 1;
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.note(n + " unmerged branches have commits older than 30 days"));
    old.stream()
        .limit(5)
        .forEach(
            b ->
                evidence.add(
                    Evidence.commit(
                        b.branch().commit(),
                        "branch " + b.branch().name() + ", unmerged since " + b.since())));
    return Outcome.score(score, n + " branches linger unmerged over 30 days.", evidence);
  }
}
