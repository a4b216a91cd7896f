package dev.shipshape.checks.collaboration;

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
    id = "collaboration/decision-records",
    practice = Practice.COLLABORATION,
    title = "Architecture decisions are recorded",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Record architecture decisions as ADRs in docs/adr/ (one short numbered file per"
            + " decision: context, decision, consequences).")
public final class DecisionRecordsCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> adrs = facts.inventory().evidence(InventoryCategory.COLLABORATION, "adr");
    List<Evidence> docs =
        facts.inventory().evidence(InventoryCategory.COLLABORATION, "architecture-docs");
    if (!adrs.isEmpty()) {
      List<Evidence> evidence = new ArrayList<>(adrs.stream().limit(10).toList());
      evidence.add(Evidence.note(Places.RECENCY_NOTE));
      return Outcome.score(10, "Decision records are kept (" + Places.count(adrs) + ").", evidence);
    }
    if (!docs.isEmpty()) {
      List<Evidence> evidence = new ArrayList<>(docs.stream().limit(10).toList());
      evidence.add(Evidence.note(Places.RECENCY_NOTE));
      return Outcome.score(
          6, "Architecture is documented, but decisions are not recorded as ADRs.", evidence);
    }
    return Outcome.score(0, "No decision records or architecture documents.");
  }
}
