package dev.shipshape.checks.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentPromotionCheckTest {
  @TempDir Path dir;

  private final EnvironmentPromotionCheck check = new EnvironmentPromotionCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void threeEnvironmentsInOnePipelinePass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".gitlab-ci.yml",
              """
              dev:
                script: [helm upgrade app chart -f values-dev.yaml]
                environment: dev
              staging:
                script: [helm upgrade app chart -f values-staging.yaml]
                environment: staging
              prod:
                script: [helm upgrade app chart -f values-prod.yaml]
                environment:
                  name: Production
                when: manual
              """)
          .commit("#1 promote");
      assertScored(evaluate(repo), 10, "development → staging → production");
    }
  }

  @Test
  void jobNamesNameTheEnvironmentWhenNoneIsDeclared() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/cd.yml",
              """
              on: push
              jobs:
                deploy-staging:
                  steps:
                    - run: kubectl apply -k overlays/staging
                deploy-prod:
                  steps:
                    - run: kubectl apply -k overlays/prod
              """)
          .commit("#1 cd");
      assertThat(evaluate(repo).score()).isEqualTo(8);
    }
  }

  @Test
  void oneEnvironmentIsPartialAndNoneFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/cd.yml",
              "on: push\njobs:\n  d:\n    environment: production\n    steps:\n      - run: ./deploy\n")
          .commit("#1 cd");
      assertThat(evaluate(repo).score()).isEqualTo(3);
      repo.file(
              ".github/workflows/cd.yml", "on: push\njobs:\n  d:\n    steps:\n      - run: make\n")
          .commit("#2 no deploy");
      assertThat(evaluate(repo).score()).isZero();
    }
  }

  private static void assertScored(Outcome.Scored outcome, int score, String summaryPart) {
    assertThat(outcome.score()).isEqualTo(score);
    assertThat(outcome.summary()).contains(summaryPart);
  }

  private static String overlay(String tag) {
    return """
        resources: [../../base]
        images:
          - name: ghcr.io/acme/checkout
            newTag: %s
        """
        .formatted(tag);
  }

  @Test
  void gitOpsOverlaysPromotedByCommitsPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("apps/checkout/base/kustomization.yaml", "resources: [deployment.yaml]\n")
          .file("apps/checkout/overlays/dev/kustomization.yaml", overlay("1.3.0"))
          .file("apps/checkout/overlays/staging/kustomization.yaml", overlay("1.3.0"))
          .file("apps/checkout/overlays/prod/kustomization.yaml", overlay("1.3.0"))
          .commit("#1 checkout overlays")
          .file("apps/checkout/overlays/dev/kustomization.yaml", overlay("1.4.0"))
          .commit("#2 deploy checkout 1.4.0 to dev")
          .file("apps/checkout/overlays/staging/kustomization.yaml", overlay("1.4.0"))
          .commit("#3 promote checkout 1.4.0 to staging")
          .file("apps/checkout/overlays/prod/kustomization.yaml", overlay("1.4.0"))
          .commit("#4 promote checkout 1.4.0 to prod");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.summary())
          .contains("apps/checkout/overlays")
          .contains("development → staging → production");
      assertThat(outcome.evidence())
          .anyMatch(e -> "apps/checkout/overlays/prod/kustomization.yaml".equals(e.path()))
          .anyMatch(e -> e.commit() != null && e.detail().contains("promote checkout 1.4.0"));
    }
  }

  @Test
  void gitOpsHelmValuesOfTwoEnvironmentsPromotedByAMergedPullRequest() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "environments/staging/values.yaml", "image:\n  repository: acme/api\n  tag: 2.0.0\n")
          .file("environments/production/values.yaml", "image:\n  tag: 1.9.0\n")
          .commit("#1 environments")
          .branch("promote-api")
          .file("environments/production/values.yaml", "image:\n  tag: 2.0.0\n")
          .commit("#2 api 2.0.0")
          .checkout("main")
          .merge("promote-api", "Merge pull request #7 from acme/promote-api");
      assertScored(evaluate(repo), 8, "environments/*/values.yaml");
    }
  }

  @Test
  void gitOpsOverlaysNeverPromotedInTheWindowArePartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      // one commit writes every environment's pin: a scaffold or bulk edit, not a promotion
      repo.file("deploy/overlays/staging/kustomization.yaml", overlay("1.0.0"))
          .file("deploy/overlays/prod/kustomization.yaml", overlay("1.0.0"))
          .commit("#1 overlays")
          .file("deploy/overlays/staging/kustomization.yaml", overlay("1.1.0"))
          .file("deploy/overlays/prod/kustomization.yaml", overlay("1.1.0"))
          .commit("#2 bump everywhere");
      assertScored(evaluate(repo), 5, "no commit of the window promoted");
    }
  }

  @Test
  void gitOpsStructureAloneIsPartialWithoutHistory() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("envs/dev"));
    java.nio.file.Files.createDirectories(dir.resolve("envs/prod"));
    java.nio.file.Files.writeString(dir.resolve("envs/dev/kustomization.yaml"), overlay("1.0.0"));
    java.nio.file.Files.writeString(dir.resolve("envs/prod/kustomization.yaml"), overlay("0.9.0"));
    try (var snapshot =
        dev.shipshape.repository.Repositories.open(
            dev.shipshape.repository.SnapshotRequest.of(dir.toString()))) {
      var facts =
          dev.shipshape.facts.FactsBuilder.build(
              snapshot,
              dev.shipshape.repository.WindowSpec.defaults(),
              dev.shipshape.facts.config.ScanConfig.defaults());
      assertScored((Outcome.Scored) check.evaluate(facts), 5, "envs/*/kustomization.yaml");
    }
  }

  @Test
  void oneEnvironmentOrOverlaysWithoutImagePinsAreNotPromotion() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("apps/web/overlays/prod/kustomization.yaml", overlay("1.0.0"))
          .file("apps/web/overlays/staging/kustomization.yaml", "resources: [../../base]\n")
          .file(
              "apps/api/overlays/staging/kustomization.yaml",
              "replicas:\n  - {name: api, count: 1}\n")
          .file(
              "apps/api/overlays/prod/kustomization.yaml", "replicas:\n  - {name: api, count: 3}\n")
          .file("apps/db/overlays/staging/kustomization.yaml", overlay("latest"))
          .file("apps/db/overlays/prod/kustomization.yaml", overlay("latest"))
          .commit("#1 overlays")
          .file("apps/web/overlays/prod/kustomization.yaml", overlay("1.1.0"))
          .file(
              "apps/api/overlays/prod/kustomization.yaml", "replicas:\n  - {name: api, count: 4}\n")
          .commit("#2 web 1.1.0");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
