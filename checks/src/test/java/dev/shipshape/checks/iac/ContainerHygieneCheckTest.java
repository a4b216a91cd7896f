package dev.shipshape.checks.iac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerHygieneCheckTest {
  @TempDir Path dir;

  private final ContainerHygieneCheck check = new ContainerHygieneCheck();

  @Test
  void multiStageNonRootPinnedWithDockerignorePasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "Dockerfile",
              """
              FROM maven:3.9.6-eclipse-temurin-21 AS build
              RUN mvn -B package
              FROM gcr.io/distroless/java21-debian12:nonroot@sha256:%s
              COPY --from=build /app.jar /app.jar
              """
                  .formatted("b".repeat(64)))
          .file(".dockerignore", "target/\n")
          .commit("#1");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void rootUnpinnedSingleStageBuildWithoutDockerignoreFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("svc/Dockerfile", "FROM node\nRUN npm ci && \\\n  npm run build\nUSER root\n")
          .commit("#1");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isZero();
      assertThat(outcome.remediation())
          .contains("USER")
          .contains("pin")
          .contains("stage")
          .contains(".dockerignore");
      assertThat(outcome.evidence().stream().map(e -> e.location()).toList())
          .contains("svc/Dockerfile:4");
    }
  }

  @Test
  void noDockerfileIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("examples/Dockerfile", "FROM node").commit("#1");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
