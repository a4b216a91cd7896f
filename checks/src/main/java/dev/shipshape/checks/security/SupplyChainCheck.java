package dev.shipshape.checks.security;

import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.InventoryBreadth;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "security-compliance/supply-chain",
    practice = Practice.SECURITY_COMPLIANCE,
    title = "Releases come with an SBOM and are signed",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY},
    remediation =
        "Generate an SBOM (CycloneDX or SPDX, e.g. syft or the cyclonedx plugin) and sign releases with provenance (cosign, SLSA generator, attest-build-provenance).")
public final class SupplyChainCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(InventoryCategory.SECURITY, "sbom", "SBOM generation"),
          new InventoryBreadth.Kind(
              InventoryCategory.SECURITY, "signing", "signing or provenance"));

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.infrastructureModule()) {
      return Applicability.notForInfrastructureCode(facts);
    }
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(0, "No SBOM generation, signing or provenance found.");
    }
    return breadth.outcome("Found: ", 0, 6, 10);
  }
}
