package dev.shipshape.checks.iac;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.tree.IacValidators;
import dev.shipshape.facts.yaml.YamlNode;
import dev.shipshape.facts.yaml.YamlReader;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

@CheckInfo(
    id = "infrastructure-as-code/validated-in-pipeline",
    practice = Practice.INFRASTRUCTURE_AS_CODE,
    title = "Infrastructure code is validated in the pipeline before it is applied",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Validate each kind of infrastructure code in the pipeline: terraform fmt/validate and"
            + " tflint, kubeconform, helm lint, cfn-lint, hadolint, or pre-commit hooks run by CI.")
public final class ValidatedInPipelineCheck implements Check {
  private static final String PRE_COMMIT = ".pre-commit-config.yaml";

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.kind() == LIBRARY && !facts.infrastructureModule()) {
      return Applicability.notForApplicationLibraries();
    }
    SortedSet<String> kinds = facts.inventory().inventory().get(InventoryCategory.IAC);
    if (kinds.isEmpty()) {
      return Outcome.notApplicable("no infrastructure code to validate");
    }
    List<String> hooks = preCommitHooksRunByCi(facts);
    Map<String, Evidence> validated = new LinkedHashMap<>();
    for (String kind : kinds) {
      validator(facts, kind, hooks).ifPresent(e -> validated.put(kind, e));
    }
    List<Evidence> evidence = new ArrayList<>(validated.values());
    List<String> missing = kinds.stream().filter(k -> !validated.containsKey(k)).toList();
    missing.forEach(
        k ->
            facts.inventory().evidence(InventoryCategory.IAC, k).stream()
                .findFirst()
                .ifPresent(
                    e ->
                        evidence.add(
                            new Evidence(
                                e.path(), e.line(), null, k + " not validated in the pipeline"))));
    int score = (int) Math.round(10.0 * validated.size() / kinds.size());
    Outcome.Scored outcome =
        Outcome.score(
            score,
            validated.size()
                + " of "
                + kinds.size()
                + " kinds of infrastructure code validated in the pipeline.",
            evidence);
    return missing.isEmpty()
        ? outcome
        : outcome.withRemediation(
            "Validate "
                + String.join(", ", missing)
                + " in the pipeline (see the check's page for the usual tools).");
  }

  private static Optional<Evidence> validator(Facts facts, String kind, List<String> hooks) {
    for (Pipeline.Located s : facts.pipelineSteps()) {
      String text = s.step().text();
      if (IacValidators.ALL_KINDS.matcher(text).find()) {
        return Optional.of(
            Evidence.line(
                s.pipeline().path(), s.step().line(), kind + " validated by " + clip(text)));
      }
      for (IacValidators.Validator v : IacValidators.ALL) {
        if (v.iac().contains(kind) && v.command().matcher(text).find()) {
          return Optional.of(
              Evidence.line(
                  s.pipeline().path(), s.step().line(), kind + " validated by " + clip(text)));
        }
      }
    }
    for (IacValidators.Validator v : IacValidators.ALL) {
      if (v.iac().contains(kind) && v.hook() != null) {
        for (String hook : hooks) {
          if (v.hook().matcher(hook).matches()) {
            return Optional.of(
                Evidence.file(
                    PRE_COMMIT,
                    kind + " validated by the pre-commit hook " + hook + ", run in CI"));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Hook ids of .pre-commit-config.yaml, when the pipeline (or pre-commit.ci) runs them. */
  private static List<String> preCommitHooksRunByCi(Facts facts) {
    Optional<String> text = facts.files().text(PRE_COMMIT);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    YamlNode doc;
    try {
      doc = YamlReader.read(text.get());
    } catch (RuntimeException e) {
      return List.of();
    }
    if (!(doc instanceof YamlNode.Mapping root)) {
      return List.of();
    }
    boolean runByCi =
        root.get("ci").isPresent()
            || facts.pipelineSteps().stream()
                .anyMatch(s -> IacValidators.RUNS_PRE_COMMIT.matcher(s.step().text()).find());
    if (!runByCi) {
      return List.of();
    }
    root.list("repos")
        .ifPresent(
            repos ->
                repos
                    .items()
                    .forEach(
                        r -> {
                          if (r instanceof YamlNode.Mapping repo) {
                            repo.list("hooks")
                                .ifPresent(
                                    hs ->
                                        hs.items()
                                            .forEach(
                                                h -> {
                                                  if (h instanceof YamlNode.Mapping hook) {
                                                    hook.string("id").ifPresent(ids::add);
                                                  }
                                                }));
                          }
                        }));
    return ids;
  }

  private static String clip(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
