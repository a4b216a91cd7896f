package dev.shipshape.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.render.ReportSchema;
import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import dev.shipshape.testkit.TestRepository;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API against both databases. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class ApiTest {
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
  void healthMetricsAndOpenApiAreServed() throws Exception {
    assertThat(s.adminToken).startsWith("ss_");
    HttpResponse<String> health = s.get("/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).path("database").asText()).isEqualTo(kind);
    assertThat(health.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(s.get("/metrics").body()).contains("jvm_memory_used_bytes");
    assertThat(json(s.get("/openapi.json")).path("openapi").asText()).startsWith("3.");
  }

  @Test
  void writesNeedATokenAndSayNoMoreThanThat() throws Exception {
    String body = "{\"name\":\"r\",\"location\":\"" + temp + "\"}";
    HttpResponse<String> none = s.post("/api/repositories", null, body);
    HttpResponse<String> wrong = s.post("/api/repositories", "ss_nope", body);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(none.body()).isEqualTo(wrong.body());
    assertThat(json(none).path("error").asText()).isEqualTo("unauthorized");

    register("r", temp.toString());
    String projectToken = token("r");
    HttpResponse<String> forbidden = s.post("/api/repositories", projectToken, body);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(s.post("/api/projects/other/events", projectToken, deployment("x")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void malformedRequestsGetAClearReason() throws Exception {
    HttpResponse<String> notJson = s.post("/api/repositories", s.adminToken, "{\"name\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json(notJson).path("reason").asText()).contains("not valid JSON");
    HttpResponse<String> noLocation = s.post("/api/repositories", s.adminToken, "{\"name\":\"a\"}");
    assertThat(json(noLocation).path("reason").asText()).isEqualTo("'location' is required");
    HttpResponse<String> badName =
        s.post("/api/repositories", s.adminToken, "{\"name\":\"../etc\",\"location\":\"/\"}");
    assertThat(badName.statusCode()).isEqualTo(400);
    HttpResponse<String> nowhere =
        s.post("/api/repositories", s.adminToken, "{\"name\":\"a\",\"location\":\"/no/such/dir\"}");
    assertThat(json(nowhere).path("reason").asText()).contains("neither a URL nor a folder");
    assertThat(s.get("/api/nothing-here").statusCode()).isEqualTo(404);
    assertThat(json(s.get("/api/repositories/missing")).path("error").asText())
        .isEqualTo("not-found");
  }

  @Test
  void aRegisteredRepositoryIsScannedAndItsReportsKept() throws Exception {
    Path repo = temp.resolve("service");
    try (TestRepository git = TestRepository.create(repo)) {
      git.file("README.md", "# service\n")
          .file(
              ".github/workflows/ci.yml",
              "on: [push]\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: mvn -B verify\n")
          .file("infra/main.tf", "resource \"null_resource\" \"x\" {}\n")
          .commit("#1: first");
    }
    HttpResponse<String> created = register("service", repo.toString());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(register("service", repo.toString()).statusCode()).isEqualTo(409);

    assertThat(
            TestServer.await(Duration.ofSeconds(30), () -> latest("service").statusCode() == 200))
        .as("scanned")
        .isTrue();
    String report = latest("service").body();
    assertThat(ReportSchema.validate(report)).isEmpty();
    assertThat(json(latest("service")).path("inventory").path("iac").toString())
        .contains("terraform");

    assertThat(s.post("/api/repositories/service/scans", s.adminToken, "").statusCode())
        .isEqualTo(202);
    assertThat(
            TestServer.await(
                Duration.ofSeconds(30),
                () -> json(s.get("/api/repositories/service/reports")).path("reports").size() == 2))
        .isTrue();
    JsonNode listed = json(s.get("/api/repositories")).path("repositories").get(0);
    assertThat(listed.path("latest").path("inventory").toString()).contains("terraform");
    assertThat(listed.path("latest").path("previousScore").isNull()).isFalse();
    HttpResponse<String> page = s.get("/repositories/service/report.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .contains(dev.shipshape.server.Server.REPORT_CSP);
    assertThat(page.body())
        .startsWith("<!DOCTYPE html>")
        .contains("terraform", "<h2>Checks</h2>")
        .doesNotContain("<script");
    assertThat(s.get("/repositories/service/report.html").body()).isEqualTo(page.body());
    assertThat(s.get("/repositories/missing/report.html").statusCode()).isEqualTo(404);
    long firstId =
        json(s.get("/api/repositories/service/reports")).path("reports").get(0).path("id").asLong();
    assertThat(s.get("/api/repositories/service/reports/" + firstId).statusCode()).isEqualTo(200);
    assertThat(s.get("/api/repositories/service/reports/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void nativeEventsAreIdempotentAndReportBadOnesByIndex() throws Exception {
    register("p", temp.toString());
    String token = token("p");
    HttpResponse<String> first = s.post("/api/projects/p/events", token, deployment("d1"));
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json(first).path("stored").asInt()).isEqualTo(1);
    HttpResponse<String> again = s.post("/api/projects/p/events", token, deployment("d1"));
    assertThat(json(again).path("duplicates").asInt()).isEqualTo(1);

    String batch =
        "["
            + deployment("d2")
            + ",{\"type\":\"deployment\",\"id\":\"d3\"},"
            + "{\"type\":\"incident\",\"id\":\"i1\",\"createdAt\":\"2026-01-06T10:00:00Z\",\"deploymentId\":\"d2\"}]";
    JsonNode mixed = json(s.post("/api/projects/p/events", token, batch));
    assertThat(mixed.path("stored").asInt()).isEqualTo(2);
    assertThat(mixed.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
    assertThat(mixed.path("rejected").get(0).path("reason").asText()).isEqualTo("no 'finishedAt'");

    HttpResponse<String> bad =
        s.post(
            "/api/projects/p/events",
            token,
            "{\"type\":\"deployment\",\"id\":\"x\",\"finishedAt\":\"yesterday\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("reason").asText()).contains("ISO-8601");

    JsonNode events = json(s.get("/api/projects/p/events")).path("events");
    assertThat(events).hasSize(3);
    assertThat(s.get("/api/projects/nope/events").statusCode()).isEqualTo(404);
  }

  @Test
  void devLakeAndCdEventsWebhooksAreNormalised() throws Exception {
    register("p", temp.toString());
    String token = token("p");
    String devlake =
        "{\"id\":\"dl-1\",\"startedDate\":\"2026-01-05T10:00:00+00:00\",\"finishedDate\":\"2026-01-05T10:05:00+00:00\","
            + "\"result\":\"SUCCESS\",\"environment\":\"PRODUCTION\",\"deploymentCommits\":[{\"repoUrl\":\"x\",\"commitSha\":\"ABCDEF12\",\"refName\":\"main\"}]}";
    assertThat(s.post("/api/webhooks/devlake/p/deployments", token, devlake).statusCode())
        .isEqualTo(200);
    String issue =
        "{\"issueKey\":\"INC-7\",\"title\":\"down\",\"type\":\"INCIDENT\",\"createdDate\":\"2026-01-05T11:00:00Z\"}";
    assertThat(s.post("/api/webhooks/devlake/p/issues", token, issue).statusCode()).isEqualTo(200);
    String bug =
        "{\"issueKey\":\"BUG-1\",\"type\":\"BUG\",\"createdDate\":\"2026-01-05T11:00:00Z\"}";
    assertThat(json(s.post("/api/webhooks/devlake/p/issues", token, bug)).path("ignored").asInt())
        .isEqualTo(1);
    assertThat(s.post("/api/webhooks/devlake/p/issues/INC-7/close", token, "").statusCode())
        .isEqualTo(200);
    assertThat(s.post("/api/webhooks/devlake/p/issues/INC-404/close", token, "").statusCode())
        .isEqualTo(404);

    String cd =
        "{\"context\":{\"version\":\"0.4.1\",\"id\":\"ce-1\",\"source\":\"ci\",\"type\":\"dev.cdevents.service.deployed.0.2.0\","
            + "\"timestamp\":\"2026-01-05T12:00:00Z\"},\"subject\":{\"id\":\"payments\",\"content\":{\"environment\":{\"id\":\"production\"},"
            + "\"artifactId\":\"pkg:oci/payments@sha256:1\"}},\"customData\":{\"commit\":\"abcdef1234\"}}";
    assertThat(s.post("/api/webhooks/cdevents/p", token, cd).statusCode()).isEqualTo(200);
    String notDelivery =
        cd.replace("service.deployed", "pipelinerun.started").replace("ce-1", "ce-2");
    HttpResponse<String> refused = s.post("/api/webhooks/cdevents/p", token, notDelivery);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).path("reason").asText()).contains("not a delivery event");

    JsonNode events = json(s.get("/api/projects/p/events")).path("events");
    assertThat(events.toString())
        .contains(
            "\"format\":\"devlake\"", "\"commit\":\"abcdef12\"", "\"environment\":\"PRODUCTION\"")
        .contains("\"format\":\"cdevents\"", "\"id\":\"INC-7\"");
    JsonNode incident = null;
    for (JsonNode e : events) {
      if (e.path("id").asText().equals("INC-7")) {
        incident = e;
      }
    }
    assertThat(incident.path("resolvedAt").isNull()).isFalse();
  }

  @Test
  void aProjectWithASecretTakesSignedWebhooksOnly() throws Exception {
    register("p", temp.toString());
    String secret = "0123456789abcdef-secret";
    assertThat(
            s.put(
                    "/api/repositories/p/webhook-secret",
                    s.adminToken,
                    "{\"secret\":\"" + secret + "\"}")
                .statusCode())
        .isEqualTo(204);
    String body = deployment("signed-1");
    HttpRequest signed =
        HttpRequest.newBuilder(URI.create(s.url("/api/projects/p/events")))
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    assertThat(TestServer.send(signed).statusCode()).isEqualTo(200);
    HttpRequest forged =
        HttpRequest.newBuilder(URI.create(s.url("/api/projects/p/events")))
            .header(
                WebhookSignature.HEADER,
                WebhookSignature.sign(
                    "another-secret-entirely", body.getBytes(StandardCharsets.UTF_8)))
            .header("Authorization", "Bearer " + s.adminToken)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    assertThat(TestServer.send(forged).statusCode()).isEqualTo(401);
  }

  @Test
  void aBodyOverTheLimitIsRefused() throws Exception {
    register("p", temp.toString());
    String huge = "[" + "\"x\",".repeat(300_000) + "\"x\"]";
    HttpResponse<String> r = s.post("/api/projects/p/events", s.adminToken, huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("error").asText()).isEqualTo("payload-too-large");
  }

  @Test
  void surveyAnswersAreCheckedAgainstTheQuestions() throws Exception {
    HttpResponse<String> ok =
        s.put(
            "/api/teams/core/survey",
            s.adminToken,
            "{\"answers\":{\"on-call\":\"operations-team\"}}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(s.get("/api/teams/core/survey")).path("answers").path("on-call").asText())
        .isEqualTo("operations-team");
    HttpResponse<String> bad =
        s.put("/api/teams/core/survey", s.adminToken, "{\"answers\":{\"on-call\":\"the-cat\"}}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).path("reason").asText()).contains("product-team");
  }

  private HttpResponse<String> register(String name, String location) {
    return s.post(
        "/api/repositories",
        s.adminToken,
        "{\"name\":\""
            + name
            + "\",\"location\":"
            + JSON.valueToTree(location)
            + ",\"scheduleMinutes\":null}");
  }

  private String token(String project) throws Exception {
    return json(s.post(
            "/api/tokens", s.adminToken, "{\"project\":\"" + project + "\",\"label\":\"ci\"}"))
        .path("token")
        .asText();
  }

  private HttpResponse<String> latest(String name) {
    return s.get("/api/repositories/" + name + "/reports/latest");
  }

  static String deployment(String id) {
    return "{\"type\":\"deployment\",\"id\":\""
        + id
        + "\",\"service\":\"api\",\"environment\":\"production\","
        + "\"commit\":\"abcdef1\",\"finishedAt\":\"2026-01-05T10:00:00Z\",\"result\":\"success\"}";
  }

  private static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }
}
