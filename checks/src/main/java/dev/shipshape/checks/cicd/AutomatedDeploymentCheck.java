package dev.shipshape.checks.cicd;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.inventory.InventoryRule;
import dev.shipshape.facts.inventory.InventoryRules;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.PipelineJob;
import dev.shipshape.facts.pipeline.Trigger;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@CheckInfo(
    id = "ci-cd/automated-deployment",
    practice = Practice.CI_CD,
    title = "Merged changes are deployed by the pipeline, not by hand",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE},
    remediation =
        "Add a pipeline job that deploys (or, for a library, publishes) on merge to the main"
            + " branch, e.g. a GitHub Actions job with `environment: production`.")
public final class AutomatedDeploymentCheck implements Check {
  static final int ON_MERGE = 10;
  static final int GATED = 8;
  static final int PUBLISH_ONLY = 6;

  /** Deploy words that only publish an artefact; they do not run it anywhere. */
  static final Set<String> PUBLISH_WORDS = Set.of("package-registry", "container-registry");

  private static final List<InventoryRule> DEPLOY_COMMANDS =
      InventoryRules.ALL.stream()
          .filter(r -> r.category() == InventoryCategory.DEPLOY && r.command() != null)
          .toList();

  private record DeployJob(
      Pipeline pipeline, PipelineJob job, String what, int line, boolean publishOnly) {}

  @Override
  public Outcome evaluate(Facts facts) {
    List<DeployJob> deployJobs = new ArrayList<>();
    for (Pipeline p : facts.pipelines()) {
      for (PipelineJob job : p.jobs()) {
        Map<String, Integer> words = new LinkedHashMap<>();
        job.steps()
            .forEach(
                s ->
                    DEPLOY_COMMANDS.stream()
                        .filter(r -> r.command().matcher(s.text()).find())
                        .forEach(r -> words.putIfAbsent(r.word(), s.line())));
        if (job.environment() != null) {
          words.putIfAbsent("environment " + job.environment(), job.line());
        }
        if (words.isEmpty()) {
          continue;
        }
        boolean publishOnly = words.keySet().stream().allMatch(PUBLISH_WORDS::contains);
        deployJobs.add(
            new DeployJob(
                p,
                job,
                String.join(", ", words.keySet()),
                words.values().iterator().next(),
                publishOnly));
      }
    }
    List<Evidence> gitops = new ArrayList<>();
    for (String word : List.of("argocd", "flux")) {
      facts.inventory().evidence(InventoryCategory.DEPLOY, word).stream()
          .filter(e -> e.line() != null && !isPipeline(facts, e.path()))
          .limit(3)
          .forEach(
              e ->
                  gitops.add(
                      new Evidence(
                          e.path(),
                          e.line(),
                          null,
                          word + " GitOps manifest: the cluster pulls merged changes")));
    }

    int best = 0;
    List<Evidence> evidence = new ArrayList<>(gitops);
    if (!gitops.isEmpty()) {
      best = ON_MERGE;
    }
    for (DeployJob d : deployJobs) {
      int score = score(d);
      best = Math.max(best, score);
      evidence.add(
          Evidence.line(
              d.pipeline().path(),
              d.line(),
              "job "
                  + d.job().name()
                  + " "
                  + (d.publishOnly() ? "publishes" : "deploys")
                  + " ("
                  + d.what()
                  + ") "
                  + how(d)));
    }
    if (best == 0) {
      return Outcome.score(0, "No pipeline job deploys or publishes, and no GitOps manifest.");
    }
    List<Evidence> shown = evidence.subList(0, Math.min(10, evidence.size()));
    return switch (best) {
      case ON_MERGE -> Outcome.score(ON_MERGE, "The pipeline deploys merged changes.", shown);
      case GATED ->
          Outcome.score(GATED, "The pipeline deploys, started or approved by a person.", shown)
              .withRemediation(
                  "Deploy on merge once the pipeline's checks are trusted; keep approval only"
                      + " where it adds information.");
      default ->
          Outcome.score(
                  PUBLISH_ONLY, "The pipeline publishes artefacts but deploys nothing.", shown)
              .withRemediation(
                  facts.kind() == dev.shipshape.model.RepositoryKind.LIBRARY
                      ? "Release on merge (e.g. release-please or semantic-release) so that every"
                          + " merged change reaches users."
                      : "Add a job that deploys the published artefact on merge, not only"
                          + " pushes it to a registry.");
    };
  }

  private static int score(DeployJob d) {
    if (d.publishOnly()) {
      return PUBLISH_ONLY;
    }
    Set<Trigger> t = d.job().triggers();
    boolean onMerge = t.contains(Trigger.PUSH) && !d.job().gated();
    return onMerge ? ON_MERGE : GATED;
  }

  private static String how(DeployJob d) {
    if (d.job().gated()) {
      return "after a manual approval";
    }
    return "on "
        + String.join(
            ", ",
            d.job().triggers().stream()
                .map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                .sorted()
                .toList());
  }

  private static boolean isPipeline(Facts facts, String path) {
    return facts.pipelines().stream().anyMatch(p -> p.path().equals(path));
  }
}
