package dev.shipshape.checks.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineAsCodeCheckTest {
  @TempDir Path dir;

  private final PipelineAsCodeCheck check = new PipelineAsCodeCheck();

  @ParameterizedTest
  @CsvSource({
    ".github/workflows/build.yaml, github-actions",
    ".gitlab-ci.yml, gitlab-ci",
    "Jenkinsfile, jenkins",
    "azure-pipelines.yml, azure-pipelines",
    ".circleci/config.yml, circleci",
    "bitbucket-pipelines.yml, bitbucket-pipelines",
    ".travis.yml, travis-ci",
    ".buildkite/pipeline.yml, buildkite",
    ".drone.yml, drone",
    ".woodpecker.yml, woodpecker",
    ".tekton/push.yaml, tekton",
    "cloudbuild.yaml, google-cloud-build",
    "buildspec.yml, aws-codebuild",
    ".teamcity/settings.kts, teamcity",
    "ci/pipeline.yml, concourse",
    "appveyor.yml, appveyor",
    ".cirrus.yml, cirrus-ci",
    ".semaphore/semaphore.yml, semaphore"
  })
  void everyCiSystemInItsCanonicalPlaceCounts(String path, String system) {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              path,
              path.endsWith(".kts") || path.equals("Jenkinsfile") ? "// pipeline\n" : "steps: []\n")
          .commit("#1 ci");
      var facts = repo.facts();
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(facts);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly(path);
      assertThat(facts.inventory().inventory().get(dev.shipshape.model.InventoryCategory.CI))
          .containsExactly(system);
    }
  }

  @Test
  void pipelinesOutsideTheirCanonicalPlaceOrInTestDataDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("docs/.gitlab-ci.yml", "t:\n  script: [make]\n")
          .file("workflows/ci.yml", "on: push\n")
          .file("examples/.github/workflows/ci.yml", "on: push\n")
          .file("vendor/lib/.travis.yml", "script: make\n")
          .commit("#1 not ci");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
