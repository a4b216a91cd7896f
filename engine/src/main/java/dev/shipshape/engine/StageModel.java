package dev.shipshape.engine;

import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Inventory;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Stage;
import dev.shipshape.model.Status;
import dev.shipshape.model.Wall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seed's stage model (CATALOGUE.md "The stage"). Each capability is judged from its checks when
 * they ran; a capability whose checks do not apply (monitoring of a library) is no wall.
 */
public final class StageModel {
  /** A capability: the checks that show it; present when any of them passes or is partial. */
  private record Capability(String name, List<String> checks) {}

  private static final Capability CI =
      new Capability(
          "a pipeline that tests every change",
          List.of("ci-cd/pipeline-as-code", "ci-cd/tests-in-pipeline"));
  private static final Capability DEPLOYMENT =
      new Capability("automated deployment", List.of("ci-cd/automated-deployment"));
  private static final Capability IAC =
      new Capability("infrastructure as code", List.of("infrastructure-as-code/defined-as-code"));
  private static final Capability OBSERVABILITY =
      new Capability(
          "observability",
          List.of(
              "monitoring-logging/health-checks",
              "monitoring-logging/metrics-and-tracing",
              "monitoring-logging/structured-logging"));
  private static final Capability OPERATIONAL_ARTEFACTS =
      new Capability(
          "operational artefacts",
          List.of(
              "operations/runbooks",
              "monitoring-logging/alerts-and-slos",
              "continuous-learning/post-incident-reviews"));
  private static final Capability SECURITY =
      new Capability(
          "security in the pipeline",
          List.of(
              "automated-testing/security-testing", "security-compliance/vulnerability-scanning"));

  public record Assessment(Stage stage, List<Wall> walls) {}

  private StageModel() {}

  public static Assessment assess(
      List<CheckResult> results, Inventory inventory, Delivery delivery) {
    Map<String, CheckResult> byId =
        results.stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    List<Wall> walls = new ArrayList<>();

    // Traditional: no pipeline that builds and tests every change, or releases made by hand.
    List<String> ciMissing = missing(CI, byId, true);
    List<CheckResult> ciScored =
        CI.checks().stream().map(byId::get).filter(r -> r != null && r.status().scored()).toList();
    boolean ciAllPass =
        !ciScored.isEmpty() && ciScored.stream().allMatch(r -> r.status() == Status.PASS);
    if (!ciAllPass) {
      walls.add(new Wall("development and release", ciMissing.isEmpty() ? CI.checks() : ciMissing));
      return new Assessment(Stage.TRADITIONAL, walls);
    }
    List<String> deployMissing =
        judged(DEPLOYMENT, byId) ? missing(DEPLOYMENT, byId, false) : List.of();
    if (!deployMissing.isEmpty()
        && byId.get("ci-cd/automated-deployment").score() != null
        && byId.get("ci-cd/automated-deployment").score() < 3) {
      walls.add(new Wall("development and release", deployMissing));
      return new Assessment(Stage.TRADITIONAL, walls);
    }

    // Immature: two or more of the build-and-run capabilities missing, or ops owned apart.
    List<String> buildRunWall = new ArrayList<>();
    int missingCapabilities = 0;
    for (Capability c : List.of(DEPLOYMENT, IAC, OBSERVABILITY, OPERATIONAL_ARTEFACTS)) {
      if (!judged(c, byId)) {
        continue;
      }
      List<String> m = missing(c, byId, false);
      if (!m.isEmpty()) {
        missingCapabilities++;
        buildRunWall.addAll(m);
      }
    }
    if (!buildRunWall.isEmpty()) {
      walls.add(new Wall("building and running", buildRunWall));
    }
    CheckResult ownership = byId.get("operations/one-team-ownership");
    boolean ownedApart = ownership != null && ownership.status() == Status.FAIL;
    if (ownedApart) {
      walls.add(new Wall("the product team and operations", List.of(ownership.id())));
    }
    boolean securityMissing =
        judged(SECURITY, byId)
            ? !missing(SECURITY, byId, false).isEmpty()
            : !(inventory.has(InventoryCategory.TESTS, "sast")
                || inventory.has(InventoryCategory.TESTS, "dependency-scan"));
    if (securityMissing) {
      walls.add(
          new Wall(
              "development and security",
              judged(SECURITY, byId) ? missing(SECURITY, byId, false) : SECURITY.checks()));
    }
    boolean measured = delivery != null && !"none".equals(delivery.source());
    if (!measured) {
      walls.add(new Wall("delivery and its measurement", List.of("agile-lean/release-cadence")));
    }
    if (missingCapabilities >= 2 || ownedApart) {
      return new Assessment(Stage.IMMATURE_DEVOPS, walls);
    }
    if (missingCapabilities == 0 && !securityMissing && measured) {
      return new Assessment(Stage.MATURE_DEVOPS, walls);
    }
    return new Assessment(Stage.IMMATURE_DEVOPS, walls);
  }

  /** Whether any of the capability's checks ran with a score (applies and is not exempt). */
  private static boolean judged(Capability c, Map<String, CheckResult> byId) {
    return c.checks().stream().map(byId::get).anyMatch(r -> r != null && r.status().scored());
  }

  /**
   * The capability's scored checks that fail (or, with {@code all}, that do not pass); empty when
   * the capability is present.
   */
  private static List<String> missing(Capability c, Map<String, CheckResult> byId, boolean all) {
    List<CheckResult> scored =
        c.checks().stream().map(byId::get).filter(r -> r != null && r.status().scored()).toList();
    if (all) {
      return scored.stream().filter(r -> r.status() != Status.PASS).map(CheckResult::id).toList();
    }
    boolean present = scored.stream().anyMatch(r -> r.status() != Status.FAIL);
    return present ? List.of() : scored.stream().map(CheckResult::id).toList();
  }
}
