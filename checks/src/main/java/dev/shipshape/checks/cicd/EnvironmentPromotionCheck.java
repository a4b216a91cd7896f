package dev.shipshape.checks.cicd;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.inventory.InventoryRule;
import dev.shipshape.facts.inventory.InventoryRules;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.PipelineJob;
import dev.shipshape.facts.tree.Environments;
import dev.shipshape.facts.tree.GitOpsEnvironments;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import dev.shipshape.repository.CommitDiff;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@CheckInfo(
    id = "ci-cd/environment-promotion",
    practice = Practice.CI_CD,
    title = "One pipeline promotes the same build through environments",
    weight = 2,
    appliesTo = {SERVICE, INFRASTRUCTURE},
    remediation =
        "Deploy the same artefact to a staging environment first and promote it to production"
            + " in the same pipeline (e.g. jobs with `environment: staging` then"
            + " `environment: production`), or in GitOps by changing the next environment's image"
            + " tag to the one running in the previous.")
public final class EnvironmentPromotionCheck implements Check {
  private static final List<InventoryRule> DEPLOY_COMMANDS =
      InventoryRules.ALL.stream()
          .filter(r -> r.category() == InventoryCategory.DEPLOY && r.command() != null)
          .filter(r -> !Set.of("package-registry", "container-registry").contains(r.word()))
          .toList();

  @Override
  public Outcome evaluate(Facts facts) {
    Outcome.Scored pipeline = throughPipeline(facts);
    Outcome.Scored gitOps = throughGitOps(facts);
    return gitOps != null && gitOps.score() > pipeline.score() ? gitOps : pipeline;
  }

  /**
   * GitOps: two or more environments of one application pin its image, and commits of the window
   * change a later environment's pin (the promotion); null when no application has such overlays.
   */
  private static Outcome.Scored throughGitOps(Facts facts) {
    List<GitOpsEnvironments.Application> apps = GitOpsEnvironments.of(facts.files());
    if (apps.isEmpty()) {
      return null;
    }
    GitOpsEnvironments.Application best = apps.get(0);
    List<CommitInfo> promotions = List.of();
    if (facts.history().known()) {
      Map<String, CommitDiff> diffs = facts.delivery().diffs();
      for (GitOpsEnvironments.Application app : apps) {
        List<CommitInfo> found = app.promotions(facts.history().commits(), diffs);
        if (!found.isEmpty()) {
          best = app;
          promotions = found;
          break;
        }
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (GitOpsEnvironments.Pin pin : best.pins()) {
      evidence.add(
          Evidence.line(
              pin.path(), pin.line(), "pins " + pin.image() + " for " + pin.environment()));
    }
    int n = best.pins().size();
    String structure =
        best.pattern()
            + " pins the image of "
            + n
            + " environments ("
            + String.join(" → ", best.environments())
            + ")";
    if (promotions.isEmpty()) {
      String why =
          facts.history().known()
              ? ", but no commit of the window promoted a build from one to the next."
              : "; without history, whether builds are promoted through them cannot be seen.";
      return Outcome.score(5, structure + why, evidence)
          .withRemediation(
              "Promote each release by changing the next environment's image tag to the one"
                  + " already running in the previous environment (by a bot or a pull request).");
    }
    CommitInfo latest = promotions.get(0);
    evidence.add(Evidence.commit(latest.id(), "promotes a build: " + latest.subject()));
    String summary =
        structure
            + ", and "
            + promotions.size()
            + (promotions.size() == 1 ? " commit" : " commits")
            + " of the window promoted a build through them.";
    if (n >= 3) {
      return Outcome.score(10, summary, evidence);
    }
    return Outcome.score(8, summary, evidence).withRemediation(BETWEEN);
  }

  private static final String BETWEEN =
      "Add an environment between them where changes are tested before production.";

  private static Outcome.Scored throughPipeline(Facts facts) {
    Pipeline best = null;
    Map<String, Evidence> bestEnvs = Map.of();
    for (Pipeline p : facts.pipelines()) {
      Map<String, Evidence> envs = new LinkedHashMap<>();
      for (PipelineJob job : p.jobs()) {
        if (job.environment() != null) {
          String env =
              Environments.canonical(job.environment())
                  .orElse(
                      Environments.mentionedIn(job.environment()).stream()
                          .findFirst()
                          .orElse(job.environment().strip().toLowerCase(java.util.Locale.ROOT)));
          envs.putIfAbsent(
              env,
              Evidence.line(
                  p.path(), job.line(), "job " + job.name() + " deploys to " + job.environment()));
          continue;
        }
        if (deploys(job)) {
          // no declared environment: the job's name says where it deploys (deploy-staging)
          for (String env : Environments.mentionedIn(job.name())) {
            envs.putIfAbsent(
                env,
                Evidence.line(p.path(), job.line(), "job " + job.name() + " deploys to " + env));
          }
        }
      }
      if (envs.size() > bestEnvs.size()) {
        best = p;
        bestEnvs = envs;
      }
    }
    if (best == null) {
      return Outcome.score(0, "No pipeline deploys to a named environment.");
    }
    List<Evidence> evidence = new ArrayList<>(bestEnvs.values());
    int n = bestEnvs.size();
    String names = String.join(" → ", bestEnvs.keySet());
    if (n >= 3) {
      return Outcome.score(
          10, best.path() + " promotes through " + n + " environments (" + names + ").", evidence);
    }
    if (n == 2) {
      return Outcome.score(
              8, best.path() + " promotes through 2 environments (" + names + ").", evidence)
          .withRemediation(BETWEEN);
    }
    return Outcome.score(
        3, best.path() + " deploys to one environment only (" + names + ").", evidence);
  }

  private static boolean deploys(PipelineJob job) {
    return job.steps().stream()
        .anyMatch(
            s -> DEPLOY_COMMANDS.stream().anyMatch(r -> r.command().matcher(s.text()).find()));
  }
}
