package dev.shipshape.checks.security;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.checks.Places;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "security-compliance/threat-model",
    practice = Practice.SECURITY_COMPLIANCE,
    title = "The system has a threat model",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Write a threat model next to the code (docs/threat-model.md using STRIDE, an OWASP"
            + " Threat Dragon model or pytm) and review it when the design changes.")
public final class ThreatModelCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> found = facts.inventory().evidence(InventoryCategory.SECURITY, "threat-model");
    if (found.isEmpty()) {
      return Outcome.score(
          0, "No threat model (STRIDE, MITRE ATT&CK, Threat Dragon, pytm or .tm7) found.");
    }
    List<Evidence> evidence = new ArrayList<>(found);
    evidence.add(Evidence.note(Places.RECENCY_NOTE));
    return Outcome.score(10, "A threat model is kept (" + Places.count(found) + ").", evidence);
  }
}
