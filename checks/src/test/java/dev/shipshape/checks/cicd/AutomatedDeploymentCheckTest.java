package dev.shipshape.checks.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomatedDeploymentCheckTest {
  @TempDir Path dir;

  private final AutomatedDeploymentCheck check = new AutomatedDeploymentCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void deployOnPushToMainPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/deploy.yml",
              """
              on:
                push:
                  branches: [main]
              jobs:
                deploy:
                  environment: production
                  steps:
                    - run: helm upgrade --install app chart/
              """)
          .commit("#1 deploy");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).path()).isEqualTo(".github/workflows/deploy.yml");
      assertThat(outcome.evidence().get(0).detail()).contains("helm").contains("push");
    }
  }

  @Test
  void manualGitlabDeployIsGated() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".gitlab-ci.yml",
              "deploy:\n  script: [kubectl apply -f k8s/]\n  environment: production\n  when: manual\n")
          .commit("#1 deploy");
      assertThat(evaluate(repo).score()).isEqualTo(AutomatedDeploymentCheck.GATED);
    }
  }

  @Test
  void publishingOnlyScoresPublishOnly() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/release.yml",
              "on:\n  release:\n    types: [published]\njobs:\n  p:\n    steps:\n      - run: npm publish\n")
          .commit("#1 release");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(AutomatedDeploymentCheck.PUBLISH_ONLY);
      assertThat(outcome.evidence().get(0).detail()).contains("publishes");
    }
  }

  @Test
  void anArgoCdApplicationIsGitOps() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "deploy/app.yaml",
              "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\n")
          .commit("#1 gitops");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).detail()).contains("argocd");
    }
  }

  @Test
  void noDeployFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/ci.yml",
              "on: push\njobs:\n  t:\n    steps:\n      - run: mvn verify\n")
          .file("testdata/.gitlab-ci.yml", "d:\n  script: [kubectl apply -f x]\n")
          .commit("#1 ci");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
