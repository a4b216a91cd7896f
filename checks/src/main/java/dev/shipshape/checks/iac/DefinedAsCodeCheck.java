package dev.shipshape.checks.iac;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

@CheckInfo(
    id = "infrastructure-as-code/defined-as-code",
    practice = Practice.INFRASTRUCTURE_AS_CODE,
    title = "The infrastructure the product runs on is defined as code",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Define where the product runs as code next to it: Kubernetes manifests, a Helm chart,"
            + " Terraform, CloudFormation or Bicep, not only a Dockerfile.")
public final class DefinedAsCodeCheck implements Check {
  /** Container definitions: they describe the package, not the infrastructure it runs on. */
  static final Set<String> CONTAINER_ONLY = Set.of("dockerfile", "docker-compose");

  static final int CONTAINER_ONLY_SCORE = 5;

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.kind() == LIBRARY && !facts.infrastructureModule()) {
      return Applicability.notForApplicationLibraries();
    }
    SortedSet<String> tools = facts.inventory().inventory().get(InventoryCategory.IAC);
    if (tools.isEmpty()) {
      return Outcome.score(0, "No infrastructure definitions of any IaC tool.");
    }
    List<Evidence> evidence = new ArrayList<>();
    for (String tool : tools) {
      List<Evidence> seen = facts.inventory().evidence(InventoryCategory.IAC, tool);
      evidence.add(
          Evidence.note(tool + ": " + seen.size() + (seen.size() >= 20 ? "+" : "") + " files"));
      seen.stream().limit(3).forEach(evidence::add);
    }
    List<String> real = tools.stream().filter(t -> !CONTAINER_ONLY.contains(t)).toList();
    if (real.isEmpty()) {
      return Outcome.score(
              CONTAINER_ONLY_SCORE,
              "Only container definitions (" + String.join(", ", tools) + ").",
              evidence)
          .withRemediation(
              "Define the environment the container runs in as code too: Kubernetes manifests,"
                  + " a Helm chart, Terraform or your platform's deployment descriptor.");
    }
    return Outcome.score(
        10, "Infrastructure defined as code with " + String.join(", ", tools) + ".", evidence);
  }
}
