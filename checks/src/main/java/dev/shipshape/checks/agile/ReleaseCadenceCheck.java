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
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.List;
import java.util.Locale;

@CheckInfo(
    id = "agile-lean/release-cadence",
    practice = Practice.AGILE_LEAN,
    title = "Releases ship at least weekly",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Release more often: automate the release so shipping what is on the default branch is one"
            + " step, and do it every week.")
public final class ReleaseCadenceCheck implements Check {

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    Delivery d = facts.delivery().report();
    Delivery.DeploymentFrequency f = d.deploymentFrequency();
    if (f.band() == null) {
      return Outcome.notApplicable(f.reason() != null ? f.reason() : d.sourceDetail());
    }
    int score =
        switch (f.band()) {
          case ELITE -> 10;
          case HIGH -> 8;
          case MEDIUM -> 5;
          case LOW -> 2;
        };
    double perMonth = f.perWeek() * 52.0 / 12.0;
    String month = String.format(Locale.ROOT, "%.1f", perMonth);
    return Outcome.score(
        score,
        month + " deployments a month (DORA band " + f.band().id() + ").",
        List.of(
            Evidence.note(
                f.deployments()
                    + " deployments in the window from "
                    + d.sourceDetail()
                    + "; "
                    + f.perWeek()
                    + " a week; "
                    + f.medianWeekDeploymentDays()
                    + " deployment days in the median week")));
  }
}
