package dev.shipshape.checks.operations;

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
    id = "operations/runbooks",
    practice = Practice.OPERATIONS,
    title = "The team documents how to run the service",
    weight = 2,
    appliesTo = {SERVICE},
    remediation =
        "Write a runbook next to the code (docs/runbooks/): how to deploy, roll forward, scale"
            + " and what to do for each alert.")
public final class RunbooksCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> runbooks = facts.inventory().evidence(InventoryCategory.OPERATIONS, "runbooks");
    List<Evidence> onCall = facts.inventory().evidence(InventoryCategory.OPERATIONS, "on-call");
    if (!runbooks.isEmpty()) {
      return Outcome.score(10, "Runbooks are kept in " + Places.count(runbooks) + ".", runbooks);
    }
    if (!onCall.isEmpty()) {
      return Outcome.score(6, "On-call is set up, but no runbook says what to do.", onCall);
    }
    return Outcome.score(0, "No runbooks, playbooks or operating-in-production docs.");
  }
}
