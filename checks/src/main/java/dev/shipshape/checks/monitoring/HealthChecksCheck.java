package dev.shipshape.checks.monitoring;

import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.checks.Places;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "monitoring-logging/health-checks",
    practice = Practice.MONITORING_LOGGING,
    title = "The service exposes health checks",
    weight = 2,
    appliesTo = {SERVICE},
    remediation =
        "Expose a health endpoint (e.g. /healthz, Spring Boot actuator) and wire it to liveness"
            + " and readiness probes or a Docker HEALTHCHECK.")
public final class HealthChecksCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> found =
        facts.inventory().evidence(InventoryCategory.OBSERVABILITY, "health-checks");
    return Outcome.presence(
        found,
        "Health checks found in " + Places.count(found) + ".",
        "No health endpoint, probe or HEALTHCHECK found.");
  }
}
