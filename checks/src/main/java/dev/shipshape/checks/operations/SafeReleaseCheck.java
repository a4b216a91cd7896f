package dev.shipshape.checks.operations;

import static dev.shipshape.model.InventoryCategory.OPERATIONS;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.InventoryBreadth;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "operations/safe-release",
    practice = Practice.OPERATIONS,
    title = "Releases can roll forward safely",
    weight = 3,
    appliesTo = {SERVICE},
    remediation =
        "Make releases safe to roll forward: versioned database migrations (Flyway, Liquibase,"
            + " Alembic, ...), feature flags (OpenFeature, Unleash, ...) or progressive delivery"
            + " (Argo Rollouts, Flagger, canary).")
public final class SafeReleaseCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(OPERATIONS, "feature-flags", "feature flags"),
          new InventoryBreadth.Kind(OPERATIONS, "progressive-delivery", "progressive delivery"),
          new InventoryBreadth.Kind(OPERATIONS, "db-migrations", "versioned database migrations"));

  @Override
  public Outcome evaluate(Facts facts) {
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(
          0, "No feature flags, progressive delivery or versioned database migrations found.");
    }
    return breadth.outcome("Safe-release practice in place: ", 0, 6, 8, 10);
  }
}
