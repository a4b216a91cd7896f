package dev.shipshape.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructuredLoggingCheckTest {
  @TempDir Path dir;

  private final StructuredLoggingCheck check = new StructuredLoggingCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void aJsonEncoderInLogbackPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "src/main/resources/logback.xml",
              "<configuration>\n  <appender name=\"o\">\n    <encoder class=\"net.logstash.logback.encoder.LogstashEncoder\"/>\n  </appender>\n</configuration>\n")
          .commit("#1 logs");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::path, Evidence::line)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("src/main/resources/logback.xml", 3));
    }
  }

  @Test
  void plainLoggingFailsAndStructuredLoggingInExamplesDoesNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("requirements.txt", "flask==3.0\n")
          .file("examples/requirements.txt", "structlog==24.1\n")
          .commit("#1 plain");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
