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
    id = "monitoring-logging/alerts-and-slos",
    practice = Practice.MONITORING_LOGGING,
    title = "Alerts, dashboards and SLOs are kept as code",
    weight = 2,
    appliesTo = {SERVICE},
    remediation =
        "Keep alert rules, dashboards and SLOs in the repository as code (Prometheus rules, Grafana JSON, monitors in Terraform, OpenSLO or Sloth).")
public final class AlertsAndSlosCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(InventoryCategory.OBSERVABILITY, "alerting", "alert rules"),
          new InventoryBreadth.Kind(InventoryCategory.OBSERVABILITY, "dashboards", "dashboards"),
          new InventoryBreadth.Kind(InventoryCategory.OBSERVABILITY, "slo", "SLOs"),
          new InventoryBreadth.Kind(InventoryCategory.OPERATIONS, "on-call", "on-call routing"));

  @Override
  public Outcome evaluate(Facts facts) {
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(0, "No alert rules, dashboards, SLOs or on-call routing kept as code.");
    }
    return breadth.outcome("Found: ", 0, 6, 8, 10);
  }
}
