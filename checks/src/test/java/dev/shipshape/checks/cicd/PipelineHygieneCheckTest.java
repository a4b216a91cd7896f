package dev.shipshape.checks.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineHygieneCheckTest {
  @TempDir Path dir;

  private final PipelineHygieneCheck check = new PipelineHygieneCheck();

  private Outcome evaluate(TestRepository repo) {
    return check.evaluate(repo.facts());
  }

  @Test
  void pinnedActionsPermissionsAndPinnedImagesPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/ci.yml",
              """
              on: [push, pull_request]
              permissions:
                contents: read
              jobs:
                b:
                  steps:
                    - uses: actions/checkout@v4
                    - uses: gradle/actions/setup-gradle@0123456789abcdef0123456789abcdef01234567 # v3
                    - run: ./gradlew build
              """)
          .file("Dockerfile", "FROM eclipse-temurin:21.0.2_13-jre@sha256:" + "a".repeat(64) + "\n")
          .commit("#1 ci");
      assertThat(((Outcome.Scored) evaluate(repo)).score()).isEqualTo(10);
    }
  }

  @Test
  void unpinnedActionsMissingPermissionsAndLatestImagesScoreOnlyTheSafeTriggers() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/ci.yml",
              "on: push\njobs:\n  b:\n    steps:\n      - uses: some/action@v1\n      - run: make\n")
          .file("Dockerfile", "FROM node:latest\n")
          .commit("#1 ci");
      Outcome.Scored outcome = (Outcome.Scored) evaluate(repo);
      // pinning 0/1, permissions 0/1, no pull_request_target 1/1, images 0/1
      assertThat(outcome.score()).isEqualTo(3);
      assertThat(outcome.evidence().stream().map(e -> e.detail()).toList())
          .anyMatch(d -> d.contains("some/action@v1"))
          .anyMatch(d -> d.contains("node:latest"));
      assertThat(outcome.remediation()).contains("SHA").contains("permissions");
    }
  }

  @Test
  void pullRequestTargetCheckingOutTheHeadIsFlagged() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/pr.yml",
              """
              on: pull_request_target
              permissions: read-all
              jobs:
                t:
                  steps:
                    - uses: actions/checkout@v4
                      with:
                        ref: ${{ github.event.pull_request.head.sha }}
              """)
          .commit("#1 pr");
      Outcome.Scored outcome = (Outcome.Scored) evaluate(repo);
      // permissions 1/1, pull_request_target 0/1
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.evidence().stream().map(e -> e.detail()).toList())
          .anyMatch(d -> d.contains("pull_request_target checks out"));
    }
  }

  @Test
  void aWorkflowWithoutPullRequestTargetIsSafeOnThatAspect() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/ci.yml",
              "on: [push, pull_request]\njobs:\n  b:\n    steps:\n      - uses: actions/checkout@v4\n")
          .commit("#1 ci");
      Outcome.Scored outcome = (Outcome.Scored) evaluate(repo);
      // nothing third-party to pin; permissions 0/1; no pull_request_target 1/1
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.summary()).isEqualTo("1 of 2 hygiene aspects in order.");
    }
  }

  @Test
  void nothingToHardenIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/.github/workflows/x.yml", "on: push\njobs: {}\n").commit("#1 fixtures");
      assertThat(evaluate(repo)).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
