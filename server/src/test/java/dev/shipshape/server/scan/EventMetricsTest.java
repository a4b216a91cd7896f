package dev.shipshape.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import dev.shipshape.testkit.TestRepository;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Events received through each webhook format are the delivery metrics of the next report. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class EventMetricsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter String kind;
  @TempDir Path temp;
  private TestDatabase db;
  private TestServer s;

  @BeforeEach
  void start() {
    db = TestDatabase.create(kind, temp);
    s = TestServer.start(db);
  }

  @AfterEach
  void stop() {
    if (s != null) {
      s.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void deploymentsAndFailuresFromEveryFormatChangeTheNextReport() throws Exception {
    Path repo = temp.resolve("payments");
    String head;
    try (TestRepository git = TestRepository.create(repo)) {
      git.file("README.md", "# payments\n").commit("#1: first", at("2026-01-05T09:00:00Z"));
      git.file("app.txt", "v2\n").commit("#2: second", at("2026-02-01T09:00:00Z"));
      head = git.head();
    }
    register("payments", repo);
    assertThat(TestServer.await(Duration.ofSeconds(60), () -> reports("payments") == 1))
        .as("first scan")
        .isTrue();
    JsonNode before = latest("payments").path("delivery");
    assertThat(before.path("source").asText()).isNotEqualTo("events");
    assertThat(before.path("changeFailureRate").path("failed").asInt(0)).isZero();

    // native: two deployments, the second failed
    send(
        "/api/projects/payments/events",
        "[{'type':'deployment','id':'n-1','environment':'production','commit':'%s',".formatted(head)
            + "'finishedAt':'2026-01-10T10:00:00Z','result':'success'},"
            + "{'type':'deployment','id':'n-2','environment':'production',"
            + "'finishedAt':'2026-01-12T10:00:00Z','result':'failure'}]");
    // DevLake: a deployment, and an incident it caused
    send(
        "/api/webhooks/devlake/payments/deployments",
        "{'id':'dl-1','finishedDate':'2026-01-14T10:00:00Z','result':'SUCCESS',"
            + "'environment':'PRODUCTION'}");
    send(
        "/api/webhooks/devlake/payments/issues",
        "{'issueKey':'INC-1','type':'INCIDENT','createdDate':'2026-01-14T11:00:00Z',"
            + "'resolutionDate':'2026-01-14T13:00:00Z','deploymentId':'dl-1'}");
    // CDEvents: a deployment, then its rollback
    send("/api/webhooks/cdevents/payments", cdEvent("ce-1", "service.deployed", 16));
    send("/api/webhooks/cdevents/payments", cdEvent("ce-2", "service.rolledback", 17));

    assertThat(s.post("/api/repositories/payments/scans", s.adminToken, "").statusCode())
        .isEqualTo(202);
    assertThat(TestServer.await(Duration.ofSeconds(60), () -> reports("payments") == 2))
        .as("second scan")
        .isTrue();
    JsonNode after = latest("payments").path("delivery");
    assertThat(after.path("source").asText()).isEqualTo("events");
    // the rollback is no deployment of its own
    assertThat(after.path("deploymentFrequency").path("deployments").asInt()).isEqualTo(4);
    // one failure from each format: n-2's result, dl-1's incident, ce-1's rollback
    assertThat(after.path("changeFailureRate").path("failed").asInt()).isEqualTo(3);
    assertThat(after.path("changeFailureRate").path("deployments").asInt()).isEqualTo(4);
    assertThat(after.path("changeFailureRate").path("ratio").asDouble()).isEqualTo(0.75);
  }

  private static Instant at(String time) {
    return Instant.parse(time);
  }

  private static String cdEvent(String id, String type, int day) {
    return ("{'context':{'version':'0.4.1','id':'%s','source':'ci','type':'dev.cdevents.%s.0.2.0',"
            + "'timestamp':'2026-01-%dT10:00:00Z'},'subject':{'id':'payments',"
            + "'content':{'environment':{'id':'production'}}}}")
        .formatted(id, type, day);
  }

  /** Posts a body written with single quotes; the event must be acknowledged. */
  private void send(String path, String singleQuoted) {
    HttpResponse<String> r = s.post(path, s.adminToken, singleQuoted.replace('\'', '"'));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("\"reason\"");
  }

  private void register(String name, Path location) {
    HttpResponse<String> r =
        s.post(
            "/api/repositories",
            s.adminToken,
            "{\"name\":\"" + name + "\",\"location\":\"" + location + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private int reports(String name) {
    return json(s.get("/api/repositories/" + name + "/reports")).path("reports").size();
  }

  private JsonNode latest(String name) {
    return json(s.get("/api/repositories/" + name + "/reports/latest"));
  }

  private static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }
}
