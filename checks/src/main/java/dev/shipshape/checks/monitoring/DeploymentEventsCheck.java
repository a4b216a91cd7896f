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
    id = "monitoring-logging/deployment-events",
    practice = Practice.MONITORING_LOGGING,
    title = "Deployments are recorded as events",
    weight = 2,
    appliesTo = {SERVICE},
    remediation =
        "Record each deployment: give the deploy job a GitHub or GitLab environment, or send a marker (Sentry release, Grafana annotation, Datadog event, CDEvents) from the pipeline.")
public final class DeploymentEventsCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(
              InventoryCategory.OBSERVABILITY, "deployment-events", "deployment events"));

  @Override
  public Outcome evaluate(Facts facts) {
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(
          0,
          "The pipeline records no deployments (no environments, release markers or deployment events).");
    }
    return breadth.outcome("Found: ", 0, 10);
  }
}
