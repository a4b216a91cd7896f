package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.render.ReportSchema;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryOptionsCliTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  /** Three commits a week apart, tagged prod-1 and prod-2 (not release-like). */
  private TestRepository repo() {
    return TestRepository.create(dir.resolve("r"))
        .file("a", "1")
        .commit("ABC-1 one", T0)
        .tag("prod-1")
        .file("a", "2")
        .commit("ABC-2 two", T0.plus(Duration.ofDays(7)))
        .file("a", "3")
        .commit("ABC-3 three", T0.plus(Duration.ofDays(14)))
        .tag("prod-2");
  }

  private JsonNode scan(String... args) throws Exception {
    CliRun run = CliRun.of(args);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(ReportSchema.validate(run.out())).isEmpty();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void deployTagsChooseWhichTagsAreDeployments() throws Exception {
    try (TestRepository repo = repo()) {
      JsonNode without = scan("scan", repo.dir().toString(), "-f", "json");
      assertThat(without.at("/delivery/source").asText()).isEqualTo("none");
      JsonNode with = scan("scan", repo.dir().toString(), "-f", "json", "--deploy-tags", "prod-*");
      assertThat(with.at("/delivery/source").asText()).isEqualTo("tags");
      assertThat(with.at("/delivery/deploymentFrequency/deployments").asInt()).isEqualTo(2);
      // lead time of prod-2: commits two (7 days) and three (0 days) → median 3.5 days
      assertThat(with.at("/delivery/leadTime/medianHours").asDouble()).isEqualTo(84.0);
    }
  }

  @Test
  void eventsFilesAreTheFirstSourceAndABadLineIsADiagnostic() throws Exception {
    try (TestRepository repo = repo()) {
      String head = repo.head();
      Path events = dir.resolve("events.jsonl");
      Files.writeString(
          events,
          "{\"type\":\"deployment\",\"id\":\"d1\",\"service\":\"r\",\"environment\":\"production\","
              + "\"commit\":\""
              + head
              + "\",\"startedAt\":\"2026-03-16T11:00:00Z\","
              + "\"finishedAt\":\"2026-03-16T12:00:00Z\",\"result\":\"success\"}\n"
              + "this is not json\n");
      // the deployment finished after the revision was committed: the window must reach it
      JsonNode json =
          scan(
              "scan",
              repo.dir().toString(),
              "-f",
              "json",
              "--events",
              events.toString(),
              "--until",
              "2026-03-20");
      assertThat(json.at("/delivery/source").asText()).isEqualTo("events");
      assertThat(json.at("/delivery/deploymentFrequency/deployments").asInt()).isEqualTo(1);
      assertThat(json.at("/delivery/sourceDetail").asText())
          .isEqualTo("deployment events to production (1 deployment, 0 incidents)");
      assertThat(json.get("diagnostics").toString()).contains("events.jsonl:2");
    }
  }

  @Test
  void badDeliveryOptionsAreUsageErrors() {
    assertThat(CliRun.of("scan", ".", "--events", dir.resolve("missing.jsonl").toString()).err())
        .contains("--events")
        .contains("no such file");
    assertThat(CliRun.of("scan", ".", "--hotfix-pattern", "([").exit()).isEqualTo(2);
  }
}
