package dev.shipshape.checks.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestsInPipelineCheckTest {
  @TempDir Path dir;

  private final TestsInPipelineCheck check = new TestsInPipelineCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  private static final String VALIDATE =
      "on: pull_request\njobs:\n  v:\n    steps:\n      - run: kustomize build apps/web | kubeconform -strict\n";

  @Test
  void validatingTheManifestsOfAnInfrastructureRepositoryTestsIt() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("apps/web/kustomization.yaml", "resources: [deployment.yaml]\n")
          .file("apps/web/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
          .file(".github/workflows/validate.yml", VALIDATE)
          .commit("#1");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void validatingManifestsDoesNotTestTheCodeOfAService() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("apps/web/kustomization.yaml", "resources: [deployment.yaml]\n")
          .file("apps/web/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
          .file("main.go", "package main\n")
          .file(".github/workflows/validate.yml", VALIDATE)
          .commit("#1");
      assertThat(scan(repo).score()).isZero();
    }
  }

  @Test
  void githubActionsRunningMavenVerifyOnPushAndPullRequestPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/ci.yml",
              """
              name: ci
              on: [push, pull_request]
              jobs:
                build:
                  runs-on: ubuntu-latest
                  steps:
                    - uses: actions/checkout@v4
                    - run: ./mvnw -B verify
              """)
          .commit("#1 ci");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .first()
          .satisfies(
              e -> {
                assertThat(e.path()).isEqualTo(".github/workflows/ci.yml");
                assertThat(e.line()).isEqualTo(8);
                assertThat(e.detail()).contains("mvnw -B verify").contains("push");
              });
    }
  }

  @Test
  void gitlabJobRunningPytestPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".gitlab-ci.yml",
              "test:\n  image: python:3.12\n  script:\n    - pip install .\n    - pytest -q\n")
          .commit("#1 ci");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void jenkinsfileRunningGradleTestPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "Jenkinsfile",
              "pipeline { agent any\n stages { stage('t') { steps { sh './gradlew test' } } } }\n")
          .commit("#1 ci");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).line()).isEqualTo(2);
    }
  }

  @Test
  void testsOnlyOnAScheduleArePartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/nightly.yml",
              "on:\n  schedule:\n    - cron: '0 2 * * *'\njobs:\n  t:\n    steps:\n      - run: npm test\n")
          .commit("#1 nightly");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.remediation()).contains("push and pull request");
    }
  }

  @Test
  void pipelineWithoutTestStepsFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/lint.yml",
              "on: push\njobs:\n  l:\n    steps:\n      - run: echo hello\n")
          .commit("#1 lint");
      assertThat(scan(repo).score()).isZero();
    }
  }

  @Test
  void workflowInsideTestDataIsNotTheProjectsPipeline() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "src/test/resources/testdata/.github/workflows/ci.yml",
              "on: push\njobs:\n  t:\n    steps:\n      - run: mvn verify\n")
          .file("testdata/.gitlab-ci.yml", "t:\n  script: [pytest]\n")
          .commit("#1 fixtures");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.summary()).contains("No pipeline");
    }
  }

  @Test
  void aStepRunningTheRepositorysOwnScriptIsReadThroughIt() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".ci/run", "#!/usr/bin/env bash\nset -e\n./mvnw -B verify\n")
          .file("scripts/lint.sh", "echo lint\n")
          .file(
              ".github/workflows/ci.yml",
              "on: [push, pull_request]\njobs:\n  b:\n    steps:\n      - run: sudo -E bash .ci/run\n")
          .commit("#1 ci");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).detail()).contains("bash .ci/run");
    }
  }

  @Test
  void aScriptThatRunsNoTestsDoesNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("scripts/lint.sh", "echo lint\n")
          .file(
              ".github/workflows/ci.yml",
              "on: [push]\njobs:\n  b:\n    steps:\n      - run: ./scripts/lint.sh\n")
          .commit("#1 ci");
      assertThat(scan(repo).score()).isZero();
    }
  }

  /** A repository whose only pipeline step on push and pull request runs {@code step}. */
  private Outcome.Scored delegating(String file, String content, String step) {
    try (TestRepository repo = TestRepository.create(dir.resolve(step.replace(' ', '-')))) {
      repo.file(file, content)
          .file(
              ".github/workflows/ci.yml",
              "on: [push, pull_request]\njobs:\n  b:\n    steps:\n      - run: " + step + "\n")
          .commit("#1 ci");
      return scan(repo);
    }
  }

  @Test
  void aStepRunningAMakeTargetIsReadThroughItsRecipeAndPrerequisites() {
    String makefile =
        ".PHONY: all lint unit\nall: lint unit\nlint:\n\truff check .\nunit:\n\tpytest -q\n";
    Outcome.Scored outcome = delegating("Makefile", makefile, "make");
    assertThat(outcome.score()).isEqualTo(10);
    assertThat(outcome.evidence().get(0).detail()).contains("runs `make`");
    assertThat(delegating("Makefile", makefile, "make lint").score()).isZero();
  }

  @Test
  void aStepRunningAPackageScriptIsReadThroughTheScript() {
    String scripts = "{\"scripts\": {\"verify\": \"tsc --noEmit && vitest run\"}}";
    assertThat(delegating("package.json", scripts, "npm run verify").score()).isEqualTo(10);
  }

  /** A job of a monorepo whose steps run in {@code web/} runs {@code npm run verify}. */
  private Outcome.Scored verifyInWeb(String rootVerify, String webVerify) {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", "{\"scripts\": {\"verify\": \"" + rootVerify + "\"}}")
          .file("web/package.json", "{\"scripts\": {\"verify\": \"" + webVerify + "\"}}")
          .file(
              ".github/workflows/ci.yml",
              """
              on: [push, pull_request]
              jobs:
                web:
                  defaults:
                    run:
                      working-directory: web
                  steps:
                    - uses: actions/checkout@v4
                    - run: npm run verify
              """)
          .commit("#1 ci");
      return scan(repo);
    }
  }

  @Test
  void aMonorepoJobIsReadThroughThePackageOfItsWorkingDirectory() {
    Outcome.Scored outcome = verifyInWeb("tsc -b", "vitest run");
    assertThat(outcome.score()).isEqualTo(10);
    assertThat(outcome.evidence().get(0).detail()).contains("runs `npm run verify`");
    assertThat(verifyInWeb("vitest run", "tsc -b").score()).isZero();
  }
}
