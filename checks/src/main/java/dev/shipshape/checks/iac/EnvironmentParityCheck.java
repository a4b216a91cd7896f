package dev.shipshape.checks.iac;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.tree.Environments;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@CheckInfo(
    id = "infrastructure-as-code/environment-parity",
    practice = Practice.INFRASTRUCTURE_AS_CODE,
    title = "Environments share one definition, parameterised per environment",
    weight = 2,
    appliesTo = {SERVICE, INFRASTRUCTURE},
    remediation =
        "Define every environment from the same code with per-environment parameters:"
            + " `<env>.tfvars`, Kustomize `overlays/<env>`, Helm `values-<env>.yaml`.")
public final class EnvironmentParityCheck implements Check {
  /** Places that parameterise one definition per environment; group 1 names the environment. */
  private static final List<Pattern> PER_ENVIRONMENT =
      List.of(
          Pattern.compile("(?:.*/)?([^/]+)\\.tfvars(?:\\.json)?"),
          Pattern.compile(
              "(?:.*/)?(?:environments?|envs?|stages?|live|deployments?)/([^/]+)/[^/]+\\.(?:tf|tfvars|hcl|ya?ml|json)"),
          Pattern.compile("(?:.*/)?overlays/([^/]+)/kustomization\\.ya?ml"),
          Pattern.compile("(?:.*/)?values[-.]([^/]+)\\.ya?ml"),
          Pattern.compile("(?:.*/)?([^/]+)/terragrunt\\.hcl"),
          Pattern.compile("(?:.*/)?Pulumi\\.([^/]+)\\.ya?ml"),
          Pattern.compile("(?:.*/)?(?:parameters?|params)[-./]([^/]+)\\.json"),
          Pattern.compile("(?:.*/)?[^/]*\\.([^/.]+)\\.(?:bicepparam|parameters\\.json)"),
          Pattern.compile("(?:.*/)?(?:inventories|inventory|group_vars)/([^/]+)(?:/.*)?"));

  /** Names of files that can hold parameters: checked first, to keep the scan fast. */
  private static final Pattern PARAMETER_FILE =
      Pattern.compile(".*\\.(tf|tfvars|hcl|ya?ml|json|bicepparam|ini)");

  /** Container definitions alone have no environments to keep alike. */
  private static final Set<String> CONTAINER_ONLY = Set.of("dockerfile", "docker-compose");

  @Override
  public Outcome evaluate(Facts facts) {
    boolean iac =
        facts.inventory().inventory().get(InventoryCategory.IAC).stream()
            .anyMatch(w -> !CONTAINER_ONLY.contains(w));
    if (!iac) {
      return Outcome.notApplicable("no infrastructure definitions beyond container files");
    }
    Map<String, Evidence> environments = new LinkedHashMap<>();
    for (SourceFile f : facts.files().own()) {
      if (!PARAMETER_FILE.matcher(f.name()).matches()
          && !f.path().contains("inventor")
          && !f.path().contains("group_vars")) {
        continue;
      }
      for (Pattern p : PER_ENVIRONMENT) {
        var m = p.matcher(f.path());
        if (m.matches()) {
          String env =
              Environments.canonical(m.group(1))
                  .orElse(Environments.mentionedIn(m.group(1)).stream().findFirst().orElse(null));
          if (env != null) {
            environments.putIfAbsent(env, Evidence.file(f.path(), "parameters for " + env));
          }
        }
      }
    }
    List<Evidence> evidence = new ArrayList<>(environments.values());
    int n = environments.size();
    String names = String.join(", ", environments.keySet());
    if (n >= 2) {
      return Outcome.score(
          10, n + " environments from the same definitions (" + names + ").", evidence);
    }
    if (n == 1) {
      return Outcome.score(5, "Parameters for one environment only (" + names + ").", evidence)
          .withRemediation(
              "Add the parameters of the other environments beside it, from the same definitions.");
    }
    return Outcome.score(0, "No per-environment parameters of the infrastructure definitions.");
  }
}
