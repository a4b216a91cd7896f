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
    id = "monitoring-logging/metrics-and-tracing",
    practice = Practice.MONITORING_LOGGING,
    title = "The service emits metrics and traces and tracks errors",
    weight = 3,
    appliesTo = {SERVICE},
    remediation =
        "Instrument the service with OpenTelemetry (metrics and traces), Micrometer or a Prometheus client, and report errors to an error tracker such as Sentry.")
public final class MetricsAndTracingCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(InventoryCategory.OBSERVABILITY, "metrics", "metrics"),
          new InventoryBreadth.Kind(InventoryCategory.OBSERVABILITY, "tracing", "tracing"),
          new InventoryBreadth.Kind(
              InventoryCategory.OBSERVABILITY, "error-tracking", "error tracking"));

  @Override
  public Outcome evaluate(Facts facts) {
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(0, "No metrics, tracing or error-tracking library found.");
    }
    return breadth.outcome("Found: ", 0, 6, 8, 10);
  }
}
