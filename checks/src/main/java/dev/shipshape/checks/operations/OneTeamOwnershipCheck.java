package dev.shipshape.checks.operations;

import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.documents.CodeOwners;
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@CheckInfo(
    id = "operations/one-team-ownership",
    practice = Practice.OPERATIONS,
    title = "Code, pipeline, infrastructure and operations live and are owned together",
    weight = 3,
    appliesTo = {SERVICE},
    remediation =
        "Keep the pipeline, the infrastructure definitions and the operational artefacts"
            + " (runbooks, alerts) in the service's repository, owned by the team that owns the"
            + " code.")
public final class OneTeamOwnershipCheck implements Check {
  /** Score by how many of pipeline, infrastructure, operational artefacts live with the code. */
  private static final int[] SCORES = {2, 4, 7, 10};

  /** When pipeline or infrastructure paths are owned by people who own none of the code. */
  static final int OWNED_APART_CAP = 4;

  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> opsPaths = new ArrayList<>();
    int together = 0;
    if (!facts.pipelines().isEmpty()) {
      together++;
      Pipeline p = facts.pipelines().get(0);
      evidence.add(Evidence.file(p.path(), "pipeline: " + p.system()));
      facts.pipelines().forEach(x -> opsPaths.add(x.path()));
    } else {
      missing.add("the pipeline");
    }
    List<Evidence> iac = new ArrayList<>();
    for (String word : facts.inventory().inventory().get(InventoryCategory.IAC)) {
      iac.addAll(facts.inventory().evidence(InventoryCategory.IAC, word));
    }
    if (!iac.isEmpty()) {
      together++;
      evidence.add(withPrefix(iac.get(0), "infrastructure: "));
      iac.forEach(e -> opsPaths.add(e.path()));
    } else {
      missing.add("infrastructure definitions");
    }
    Optional<Evidence> ops = operational(facts);
    if (ops.isPresent()) {
      together++;
      evidence.add(withPrefix(ops.get(), "operational artefact: "));
    } else {
      missing.add("operational artefacts (runbooks, alerts, postmortems)");
    }
    int score = SCORES[together];
    String summary =
        missing.isEmpty()
            ? "Code, pipeline, infrastructure and operational artefacts live together."
            : "Not kept with the code: " + String.join(", ", missing) + ".";
    Optional<Evidence> apart = ownedApart(facts, opsPaths);
    if (apart.isPresent()) {
      evidence.add(apart.get());
      return Outcome.score(
              Math.min(score, OWNED_APART_CAP),
              "Pipeline or infrastructure files are owned apart from the code.",
              evidence)
          .withRemediation(
              "In CODEOWNERS, give the pipeline and infrastructure paths the team that owns the"
                  + " code as (co-)owners.");
    }
    Outcome.Scored outcome = Outcome.score(score, summary, evidence);
    return missing.isEmpty()
        ? outcome
        : outcome.withRemediation("Bring " + missing.get(0) + " into this repository.");
  }

  private static Optional<Evidence> operational(Facts facts) {
    for (String word : List.of("runbooks", "postmortems", "on-call")) {
      List<Evidence> e = facts.inventory().evidence(InventoryCategory.OPERATIONS, word);
      if (!e.isEmpty()) {
        return Optional.of(e.get(0));
      }
    }
    for (String word : List.of("alerting", "dashboards", "slo")) {
      List<Evidence> e = facts.inventory().evidence(InventoryCategory.OBSERVABILITY, word);
      if (!e.isEmpty()) {
        return Optional.of(e.get(0));
      }
    }
    return Optional.empty();
  }

  /** An ops path whose owners share no one with the owners of the code, if CODEOWNERS exists. */
  private static Optional<Evidence> ownedApart(Facts facts, List<String> opsPaths) {
    CodeOwners owners = null;
    String place = null;
    for (String p : CodeOwners.PLACES) {
      Optional<String> text =
          facts.files().get(p).filter(SourceFile::own).flatMap(facts.files()::text);
      if (text.isPresent()) {
        owners = CodeOwners.parse(text.get());
        place = p;
        break;
      }
    }
    if (owners == null) {
      return Optional.empty();
    }
    Set<String> codeOwners = new HashSet<>();
    for (SourceFile f : facts.files().own()) {
      if (f.role() == Role.PRODUCTION_CODE) {
        codeOwners.addAll(owners.ownersOf(f.path()));
      }
    }
    if (codeOwners.isEmpty()) {
      return Optional.empty();
    }
    for (String path : new LinkedHashSet<>(opsPaths)) {
      List<String> those = owners.ownersOf(path);
      if (!those.isEmpty() && those.stream().noneMatch(codeOwners::contains)) {
        int line = owners.ruleFor(path).map(CodeOwners.Rule::line).orElse(0);
        return Optional.of(
            Evidence.line(
                place,
                line,
                path + " is owned by " + String.join(" ", those) + ", who own none of the code"));
      }
    }
    return Optional.empty();
  }

  private static Evidence withPrefix(Evidence e, String prefix) {
    return new Evidence(e.path(), e.line(), e.commit(), prefix + e.detail());
  }
}
