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
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.summary()).contains("development → staging → production");
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
}
