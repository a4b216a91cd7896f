package dev.shipshape.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthChecksCheckTest {
  @TempDir Path dir;

  private final HealthChecksCheck check = new HealthChecksCheck();

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Dockerfile => FROM eclipse-temurin:21\\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1 => 2",
        "deploy/app.yaml => spec:\\n  containers:\\n    - name: app\\n      livenessProbe:\\n        httpGet: {path: /healthz} => 4",
        "src/main/resources/application.yml => management.endpoint.health.probes.enabled: true => 1",
        "server.go => mux.HandleFunc(\"/healthz\", ok) => 1",
        "compose.yaml => services:\\n  db:\\n    healthcheck:\\n      test: pg_isready => 3",
        "pom.xml => <artifactId>spring-boot-starter-actuator</artifactId> => 1",
      })
  void healthEndpointsProbesAndHealthchecksCount(String path, String text, int line) {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(path, text.replace("\\n", "\n") + "\n").commit("#1 health");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .anySatisfy(
              e -> {
                assertThat(e.path()).isEqualTo(path);
                assertThat(e.line()).isEqualTo(line);
              });
    }
  }

  @Test
  void aTestThatCallsAHealthEndpointIsNotOne() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/test/java/ApiTest.java", "class ApiTest { void t() { get(\"/healthz\"); } }\n")
          .commit("#1");
      assertThat(
              repo.facts()
                  .inventory()
                  .has(dev.shipshape.model.InventoryCategory.OBSERVABILITY, "health-checks"))
          .isFalse();
      repo.file("src/main/java/Api.java", "class Api { void r() { get(\"/healthz\", ok); } }\n")
          .commit("#2");
      assertThat(
              repo.facts()
                  .inventory()
                  .has(dev.shipshape.model.InventoryCategory.OBSERVABILITY, "health-checks"))
          .isTrue();
    }
  }

  @Test
  void noHealthCheckFailsAndOnesInTestDataDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("Dockerfile", "FROM alpine\nCMD [\"app\"]\n")
          .file("testdata/Dockerfile", "FROM alpine\nHEALTHCHECK CMD true\n")
          .commit("#1 no health");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
