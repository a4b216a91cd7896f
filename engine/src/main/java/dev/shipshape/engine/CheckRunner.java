package dev.shipshape.engine;

import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.CheckMeta;
import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs every check against the facts: exemptions first, then applicability by repository kind, then
 * the check itself. A check that throws is reported with status error; the scan goes on.
 */
public final class CheckRunner {
  private CheckRunner() {}

  public static List<CheckResult> run(CheckRegistry registry, Facts facts) {
    List<CheckResult> results = new ArrayList<>();
    for (CheckDefinition def : registry.all()) {
      results.add(run(def, facts));
    }
    return results;
  }

  static CheckResult run(CheckDefinition def, Facts facts) {
    CheckMeta meta = def.meta();
    int weight = facts.config().weights().getOrDefault(meta.id(), meta.weight());
    String exemption = facts.config().exemptions().get(meta.id());
    if (exemption != null) {
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.EXEMPT,
          null,
          weight,
          "Exempt: " + exemption,
          exemption,
          List.of(),
          null);
    }
    if (!meta.appliesTo().contains(facts.kind())) {
      String reason =
          "applies to "
              + meta.appliesTo().stream()
                  .map(k -> k.id())
                  .sorted()
                  .collect(Collectors.joining(", "))
              + " repositories; this one is a "
              + facts.kind().id()
              + " because "
              + facts.kindReason();
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.NOT_APPLICABLE,
          null,
          weight,
          "Not applicable to a " + facts.kind().id() + " repository.",
          reason,
          List.of(),
          null);
    }
    Outcome outcome;
    try {
      outcome = def.check().evaluate(facts);
    } catch (RuntimeException e) {
      String reason =
          "the check failed: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.ERROR,
          null,
          weight,
          "The check could not run.",
          reason,
          List.of(),
          null);
    }
    if (outcome instanceof Outcome.NotApplicable na) {
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.NOT_APPLICABLE,
          null,
          weight,
          "Not applicable: " + na.reason() + ".",
          na.reason(),
          List.of(),
          null);
    }
    Outcome.Scored s = (Outcome.Scored) outcome;
    String remediation =
        s.score() == 10 ? null : s.remediation() != null ? s.remediation() : meta.remediation();
    return new CheckResult(
        meta.id(),
        meta.title(),
        Status.ofScore(s.score()),
        s.score(),
        weight,
        s.summary(),
        null,
        s.evidence(),
        remediation);
  }
}
