package dev.shipshape.checks.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeepingCurrentCheckTest {
  @TempDir Path dir;
  private final KeepingCurrentCheck check = new KeepingCurrentCheck();

  @Test
  void updatesLandingAndCurrentRuntimesScoreTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".nvmrc", "20\n").commit("#1 node 20");
      repo.author("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")
          .file("package.json", "{\"engines\": {\"node\": \">=20\"}}")
          .commit("Bump lodash from 4.17.20 to 4.17.21");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void noUpdatesAndAnEndOfLifeRuntimeAreDeducted() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("Dockerfile", "FROM python:3.7-slim\nRUN true\n").commit("#1");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      // 10 - 5 (no updates) - 3 (python 3.7) = 2
      assertThat(o.score()).isEqualTo(2);
      assertThat(o.evidence())
          .anySatisfy(
              e -> {
                assertThat(e.path()).isEqualTo("Dockerfile");
                assertThat(e.line()).isEqualTo(1);
              });
    }
  }

  @Test
  void endOfLifeIsJudgedAtTheEndOfTheWindow() {
    try (TestRepository repo = TestRepository.create(dir)) {
      // Node 20's support ended on 2026-04-30: pinned before that, it is current.
      repo.file("Dockerfile", "FROM node:20.11-alpine\n")
          .commit("#1 node 20", Instant.parse("2026-03-01T00:00:00Z"));
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(5);
      repo.file("README.md", "# x\n").commit("#2 later", Instant.parse("2026-06-01T00:00:00Z"));
      Outcome.Scored later = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(later.score()).isEqualTo(2);
      assertThat(later.evidence())
          .anySatisfy(e -> assertThat(e.detail()).isEqualTo("node 20 is past its end of life"));
    }
  }

  @Test
  void aLibrarysCompileTargetIsACompatibilityFloorNotARuntime() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "pom.xml",
              "<project><artifactId>lib</artifactId><properties>"
                  + "<maven.compiler.release>8</maven.compiler.release></properties></project>")
          .file("src/main/java/org/acme/Lib.java", "package org.acme; public class Lib {}\n")
          .commit("#1 lib");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(5);
      assertThat(o.summary()).contains("0 runtimes past end of life");
    }
  }

  @Test
  void aServicesCompileTargetIsItsRuntime() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "pom.xml",
              "<project><artifactId>svc</artifactId><properties><java.version>1.8</java.version>"
                  + "</properties><dependencies><dependency><groupId>org.springframework.boot"
                  + "</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
                  + "</dependencies></project>")
          .file("Dockerfile", "FROM eclipse-temurin:21-jre\nEXPOSE 8080\n")
          .file(
              "src/main/java/org/acme/App.java",
              "package org.acme; @SpringBootApplication public class App {}\n")
          .commit("#1 svc");
      Outcome.Scored o = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(o.score()).isEqualTo(2);
      assertThat(o.evidence())
          .anySatisfy(
              e ->
                  assertThat(e.detail())
                      .isEqualTo("java 8 is the compile target, past its end of life"));
    }
  }
}
