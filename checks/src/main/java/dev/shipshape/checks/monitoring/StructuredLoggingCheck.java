package dev.shipshape.checks.monitoring;

import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.InventoryBreadth;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "monitoring-logging/structured-logging",
    practice = Practice.MONITORING_LOGGING,
    title = "Logs are structured",
    weight = 2,
    appliesTo = {SERVICE},
    remediation =
        "Log in JSON or another structured format (e.g. logstash-logback-encoder, structlog, pino, zap, slog, Serilog).")
public final class StructuredLoggingCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(
              InventoryCategory.OBSERVABILITY, "structured-logging", "structured logging"));

  @Override
  public Outcome evaluate(Facts facts) {
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(0, "No structured logging library or JSON log layout found.");
    }
    return breadth.outcome("Found: ", 0, 10);
  }
}
