package dev.shipshape.facts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineReaderTest {

  private static PipelineJob job(Pipeline p, String name) {
    return p.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> texts(PipelineJob job) {
    return job.steps().stream().map(PipelineStep::text).toList();
  }

  @Test
  void githubActionsKeepsEventsPermissionsEnvironmentsAndActionInputs() {
    Pipeline p =
        PipelineReader.read(
            "github-actions",
            ".github/workflows/deploy.yml",
            """
            on:
              pull_request_target:
              push:
                branches: [main]
            permissions:
              contents: read
            jobs:
              build:
                steps:
                  - uses: actions/checkout@v4
                    with:
                      ref: ${{ github.event.pull_request.head.sha }}
              deploy:
                environment:
                  name: production
                permissions:
                  id-token: write
                steps:
                  - run: ./deploy.sh
            """);
    assertThat(p.events()).containsExactlyInAnyOrder("pull_request_target", "push");
    assertThat(p.permissionsLine()).isBetween(5, 6);
    assertThat(job(p, "build").steps().get(0).inputs())
        .containsEntry("ref", "${{ github.event.pull_request.head.sha }}");
    assertThat(job(p, "build").environment()).isNull();
    assertThat(job(p, "build").permissionsLine()).isZero();
    assertThat(job(p, "deploy").environment()).isEqualTo("production");
    assertThat(job(p, "deploy").permissionsLine()).isBetween(16, 17);
  }

  @Test
  void githubWorkflowWithoutPermissionsHasNone() {
    Pipeline p =
        PipelineReader.read(
            "github-actions", "w.yml", "on: push\njobs:\n  b:\n    environment: staging\n");
    assertThat(p.permissionsLine()).isZero();
    assertThat(p.events()).containsExactly("push");
    assertThat(job(p, "b").environment()).isEqualTo("staging");
  }

  @Test
  void gitlabIncludesBecomeStepsOfOneJobRunOnEveryChange() {
    Pipeline p =
        PipelineReader.read(
            "gitlab-ci",
            ".gitlab-ci.yml",
            """
            include:
              - template: Jobs/SAST.gitlab-ci.yml
              - local: ci/build.yml
            test:
              script: [gradle check]
            """);
    assertThat(job(p, "include").steps())
        .extracting(PipelineStep::text)
        .containsExactly(
            "include template: Jobs/SAST.gitlab-ci.yml", "include local: ci/build.yml");
    assertThat(job(p, "include").onChange()).isTrue();
    Pipeline none =
        PipelineReader.read("gitlab-ci", ".gitlab-ci.yml", "test:\n  script: [gradle check]\n");
    assertThat(none.jobs()).extracting(PipelineJob::name).containsExactly("test");
  }

  @Test
  void aWorkflowChainedAfterAnotherRunsOnPush() {
    Pipeline p =
        PipelineReader.read(
            "github-actions",
            ".github/workflows/deploy.yml",
            """
            on:
              workflow_run:
                workflows: [CI]
                types: [completed]
                branches: [main]
            jobs:
              d:
                steps:
                  - run: helm upgrade app chart
            """);
    assertThat(job(p, "d").triggers()).containsExactly(Trigger.PUSH);
  }

  @Test
  void gitlabReadsEnvironmentsAndManualJobs() {
    Pipeline p =
        PipelineReader.read(
            "gitlab-ci",
            ".gitlab-ci.yml",
            """
            staging:
              script: [helm upgrade app chart]
              environment: staging
            production:
              script: [helm upgrade app chart]
              environment:
                name: production
              rules:
                - if: $CI_COMMIT_BRANCH == "main"
                  when: manual
            build:
              script: [mvn verify]
            """);
    assertThat(job(p, "staging").environment()).isEqualTo("staging");
    assertThat(job(p, "staging").gated()).isFalse();
    assertThat(job(p, "production").environment()).isEqualTo("production");
    assertThat(job(p, "production").gated()).isTrue();
    assertThat(job(p, "build").environment()).isNull();
  }

  @Test
  void azurePipelinesReadsJobsDeploymentJobsTasksAndTriggers() {
    Pipeline p =
        PipelineReader.read(
            "azure-pipelines",
            "azure-pipelines.yml",
            """
            trigger: [main]
            stages:
            - stage: Build
              jobs:
              - job: build
                steps:
                - script: mvn -B verify
                - task: Maven@4
                  inputs:
                    goals: package
            - stage: Prod
              jobs:
              - deployment: deploy_prod
                environment: production
                strategy:
                  runOnce:
                    deploy:
                      steps:
                      - task: AzureWebApp@1
            """);
    assertThat(texts(job(p, "build"))).containsExactly("mvn -B verify", "Maven@4");
    assertThat(job(p, "build").steps().get(1).inputs()).containsEntry("goals", "package");
    assertThat(job(p, "deploy_prod").environment()).isEqualTo("production");
    assertThat(texts(job(p, "deploy_prod"))).containsExactly("AzureWebApp@1");
    assertThat(job(p, "build").onChange()).isTrue();
  }

  @Test
  void azurePipelineWithNoTriggersIsManual() {
    Pipeline p =
        PipelineReader.read(
            "azure-pipelines",
            "azure-pipelines.yml",
            "trigger: none\npr: none\nsteps:\n- script: make\n");
    assertThat(p.jobs().get(0).triggers()).containsExactly(Trigger.MANUAL);
  }

  @Test
  void circleciExpandsOrbsAndGatesJobsBehindApprovals() {
    Pipeline p =
        PipelineReader.read(
            "circleci",
            ".circleci/config.yml",
            """
            version: 2.1
            orbs:
              node: circleci/node@5.2
              aws-ecr: circleci/aws-ecr@9.0
            jobs:
              test:
                docker:
                  - image: cimg/node:20.11
                steps:
                  - checkout
                  - node/install-packages
                  - run: npm test
              deploy:
                docker:
                  - image: cimg/base:2024.01
                steps:
                  - run:
                      name: ship
                      command: kubectl apply -f k8s/
            workflows:
              main:
                jobs:
                  - test
                  - aws-ecr/build_and_push_image:
                      repo: app
                  - hold:
                      type: approval
                      requires: [test]
                  - deploy:
                      requires: [hold]
            """);
    assertThat(texts(job(p, "test")))
        .containsExactly("cimg/node:20.11", "circleci/node@5.2 install-packages", "npm test");
    assertThat(texts(job(p, "deploy"))).contains("kubectl apply -f k8s/");
    assertThat(job(p, "deploy").gated()).isTrue();
    assertThat(job(p, "test").gated()).isFalse();
    assertThat(texts(job(p, "aws-ecr/build_and_push_image")))
        .containsExactly("circleci/aws-ecr@9.0 build_and_push_image");
  }

  private static List<String> folders(PipelineJob job) {
    return job.steps().stream().map(PipelineStep::folder).toList();
  }

  @Test
  void githubRunStepsKeepTheWorkingDirectoryOfTheStepJobOrWorkflow() {
    Pipeline p =
        PipelineReader.read(
            "github-actions",
            ".github/workflows/ci.yml",
            """
            on: push
            defaults:
              run:
                working-directory: web
            jobs:
              web:
                steps:
                  - uses: actions/checkout@v4
                  - run: npm test
                  - run: npm run e2e
                    working-directory: ./web/../e2e/
              api:
                defaults:
                  run:
                    working-directory: services/api
                steps:
                  - run: go test ./...
                  - run: make lint
                    working-directory: ${{ matrix.dir }}
                  - run: make lint
                    working-directory: ${{ github.workspace }}/tools
                  - run: make lint
                    working-directory: ../elsewhere
                  - run: make lint
                    working-directory: /home/runner/work
            """);
    assertThat(folders(job(p, "web"))).containsExactly("", "web", "e2e");
    assertThat(folders(job(p, "api"))).containsExactly("services/api", "", "tools", "", "");
  }

  @Test
  void azureAndCircleciScriptStepsKeepTheirWorkingDirectory() {
    Pipeline azure =
        PipelineReader.read(
            "azure-pipelines",
            "azure-pipelines.yml",
            """
            jobs:
            - job: build
              steps:
              - script: npm test
                workingDirectory: web
              - task: Bash@3
                inputs:
                  targetType: inline
                  script: make test
                  workingDirectory: $(Build.SourcesDirectory)/services/api
              - bash: make test
                workingDirectory: $(Agent.TempDirectory)
              - script: make
            """);
    assertThat(folders(job(azure, "build"))).containsExactly("web", "", "services/api", "", "");
    Pipeline circle =
        PipelineReader.read(
            "circleci",
            ".circleci/config.yml",
            """
            version: 2.1
            jobs:
              test:
                working_directory: ~/project
                steps:
                  - checkout
                  - run:
                      command: npm test
                      working_directory: web
                  - run: make test
            """);
    assertThat(texts(job(circle, "test"))).containsExactly("npm test", "make test");
    assertThat(folders(job(circle, "test"))).containsExactly("web", "");
  }

  @Test
  void cloudBuildJoinsBuilderEntrypointAndArguments() {
    Pipeline p =
        PipelineReader.read(
            "google-cloud-build",
            "cloudbuild.yaml",
            """
            steps:
            - name: gcr.io/cloud-builders/docker
              args: [build, -t, gcr.io/p/app, .]
            - name: gcr.io/google.com/cloudsdktool/cloud-sdk
              entrypoint: gcloud
              args: [run, deploy, app, --image, gcr.io/p/app]
            - name: node:20.11
              entrypoint: bash
              args: [-c, npm ci && npm test]
            images: [gcr.io/p/app]
            """);
    List<String> runs =
        p.jobs().get(0).steps().stream()
            .filter(s -> s.kind() == PipelineStep.Kind.RUN)
            .map(PipelineStep::text)
            .toList();
    assertThat(runs)
        .containsExactly(
            "docker build -t gcr.io/p/app .",
            "gcloud run deploy app --image gcr.io/p/app",
            "npm ci && npm test",
            "docker push gcr.io/p/app");
    assertThat(TestCommands.runsTests(runs.get(2))).isTrue();
  }

  @Test
  void bitbucketReadsStepsDeploymentsManualTriggersAndPipes() {
    Pipeline p =
        PipelineReader.read(
            "bitbucket-pipelines",
            "bitbucket-pipelines.yml",
            """
            image: maven:3.9.6
            pipelines:
              pull-requests:
                '**':
                  - step:
                      name: test
                      script: [mvn verify]
              branches:
                main:
                  - step:
                      name: to staging
                      deployment: staging
                      script:
                        - pipe: atlassian/aws-ecs-deploy:1.12.0
                          variables:
                            CLUSTER_NAME: staging
                  - step:
                      name: to production
                      deployment: production
                      trigger: manual
                      script: [./deploy.sh prod]
            """);
    assertThat(job(p, "test").triggers()).containsExactly(Trigger.PULL_REQUEST);
    assertThat(texts(job(p, "test"))).containsExactly("maven:3.9.6", "mvn verify");
    PipelineJob staging = job(p, "to staging");
    assertThat(staging.environment()).isEqualTo("staging");
    assertThat(staging.gated()).isFalse();
    assertThat(staging.steps().get(1).text()).isEqualTo("atlassian/aws-ecs-deploy:1.12.0");
    assertThat(staging.steps().get(1).inputs()).containsEntry("CLUSTER_NAME", "staging");
    assertThat(job(p, "to production").gated()).isTrue();
    assertThat(job(p, "to production").triggers()).containsExactly(Trigger.PUSH);
  }
}
