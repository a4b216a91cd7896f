package dev.shipshape.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsAndTracingCheckTest {
  @TempDir Path dir;

  private final MetricsAndTracingCheck check = new MetricsAndTracingCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void breadthScoresSixEightTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", "{\"dependencies\": {\"prom-client\": \"15\"}}\n").commit("#1 m");
      assertThat(scan(repo).score()).isEqualTo(6);
      repo.file(
              "package.json",
              "{\"dependencies\": {\"prom-client\": \"15\", \"@opentelemetry/sdk-node\": \"1\"}}\n")
          .commit("#2 t");
      assertThat(scan(repo).score()).isEqualTo(8);
      repo.file(
              "package.json",
              "{\"dependencies\": {\"prom-client\": \"15\", \"@opentelemetry/sdk-node\": \"1\", \"@sentry/node\": \"8\"}}\n")
          .commit("#3 e");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).extracting(Evidence::path).contains("package.json");
    }
  }

  @Test
  void noInstrumentationFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", "{\"dependencies\": {\"express\": \"4\"}}\n")
          .file("vendor/x/package.json", "{\"dependencies\": {\"@sentry/node\": \"8\"}}\n")
          .commit("#1 none");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
