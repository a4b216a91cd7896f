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
import dev.shipshape.facts.history.FlowFigures;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.List;
import java.util.Locale;

@CheckInfo(
    id = "agile-lean/integration-frequency",
    practice = Practice.AGILE_LEAN,
    title = "Changes land on trunk every day",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Land smaller changes on the default branch at least daily: split work behind feature"
            + " flags or into steps that each keep the build green.")
public final class IntegrationFrequencyCheck implements Check {
  /** Daily on a five-day week. */
  static final double DAILY = 5.0;

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    FlowFigures flow = FlowFigures.of(facts.history());
    if (flow == null || flow.landings() == 0) {
      return Outcome.notApplicable("no commits landed on the analysed branch in the window");
    }
    String tooShort =
        HistoryFacts.tooShortForRates(facts.history().start(), facts.history().window().until());
    if (tooShort != null) {
      return Outcome.notApplicable(tooShort);
    }
    int byRate = rateScore(flow.perWeek());
    // a burst followed by silence is not steady integration: the share of weeks caps the score
    int bySpread = (int) Math.round(10 * flow.weeksWithLandingRatio());
    int score = Math.min(byRate, bySpread);
    String perWeek = String.format(Locale.ROOT, "%.2f", flow.perWeek());
    long percentWeeks = Math.round(flow.weeksWithLandingRatio() * 100);
    Evidence counts =
        Evidence.note(
            flow.landings()
                + " landings on the analysed branch (first-parent commits) over "
                + String.format(Locale.ROOT, "%.1f", flow.weeks())
                + " weeks = "
                + perWeek
                + " per week");
    Evidence spread =
        Evidence.note(percentWeeks + " % of the ISO weeks (UTC) of the window have a landing");
    return Outcome.score(
        score,
        perWeek + " landings per week; " + percentWeeks + " % of weeks have one.",
        List.of(counts, spread));
  }

  /** ≥ 5 a week (daily) 10, ≥ 3 8, ≥ 1 (weekly) 6, ≥ 0.25 (monthly) 3, less 1. */
  static int rateScore(double perWeek) {
    if (perWeek >= DAILY) {
      return 10;
    }
    if (perWeek >= 3) {
      return 8;
    }
    if (perWeek >= 1) {
      return 6;
    }
    if (perWeek >= 0.25) {
      return 3;
    }
    return 1;
  }
}
