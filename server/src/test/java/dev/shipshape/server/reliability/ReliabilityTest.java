package dev.shipshape.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.TestServer;
import dev.shipshape.testkit.TestRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** A server process killed with SIGKILL and restarted, on both databases. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class ReliabilityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Parameter String kind;
  @TempDir Path temp;
  private TestDatabase db;
  private final List<ChildServer> children = new ArrayList<>();

  @BeforeEach
  void database() {
    db = TestDatabase.create(kind, temp);
  }

  @AfterEach
  void stop() throws InterruptedException {
    for (ChildServer c : children) {
      c.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  void killDuringAStreamOfEventsLosesNoAcknowledgedEventAndRestartKeepsEverything()
      throws Exception {
    ChildServer first = child("first");
    String admin = first.adminToken;
    assertThat(admin).startsWith("ss_");
    Path repo = temp.resolve("repo");
    try (TestRepository git = TestRepository.create(repo)) {
      git.file("README.md", "# r\n").commit("#1: start");
    }
    assertThat(
            post(
                    first,
                    "/api/repositories",
                    admin,
                    "{\"name\":\"p\",\"location\":"
                        + JSON.valueToTree(repo.toString())
                        + ",\"scheduleMinutes\":null}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            TestServer.await(
                Duration.ofSeconds(60),
                () -> get(first, "/api/repositories/p/reports/latest").statusCode() == 200))
        .isTrue();
    assertThat(
            put(first, "/api/teams/p/survey", admin, "{\"answers\":{\"on-call\":\"product-team\"}}")
                .statusCode())
        .isEqualTo(200);

    // Four senders stream events; the server is killed while they are at it.
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger sent = new AtomicInteger();
    ExecutorService senders = Executors.newFixedThreadPool(4);
    long stopAt = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      senders.execute(
          () -> {
            for (int i = 0; System.nanoTime() < stopAt; i++) {
              String id = "t" + thread + "-" + i;
              sent.incrementAndGet();
              try {
                HttpResponse<String> r =
                    post(first, "/api/projects/p/events", admin, deployment(id));
                if (r.statusCode() == 200) {
                  acknowledged.add(id);
                }
              } catch (RuntimeException e) {
                return; // the server is gone
              }
            }
          });
    }
    assertThat(TestServer.await(Duration.ofSeconds(15), () -> acknowledged.size() >= 200)).isTrue();
    first.kill();
    senders.shutdown();
    assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(sent.get()).isGreaterThan(acknowledged.size() - 1);

    ChildServer second = child("second");
    assertThat(second.adminToken).as("no second first token").isNull();
    JsonNode events = json(get(second, "/api/projects/p/events")).path("events");
    Set<String> stored = new java.util.HashSet<>();
    events.forEach(e -> stored.add(e.path("id").asText()));
    assertThat(stored).containsAll(acknowledged);
    // Everything else survived too: the repository, its report, the survey, the token.
    assertThat(get(second, "/api/repositories/p/reports/latest").statusCode()).isEqualTo(200);
    assertThat(json(get(second, "/api/teams/p/survey")).path("answers").path("on-call").asText())
        .isEqualTo("product-team");
    assertThat(
            post(second, "/api/projects/p/events", admin, deployment("after-restart")).statusCode())
        .isEqualTo(200);
  }

  private ChildServer child(String node) {
    ChildServer c = ChildServer.start(db, node, temp.resolve(node + ".log"));
    children.add(c);
    return c;
  }

  static String deployment(String id) {
    return "{\"type\":\"deployment\",\"id\":\""
        + id
        + "\",\"finishedAt\":\"2026-01-05T10:00:00Z\"}";
  }

  static HttpResponse<String> get(ChildServer c, String path) {
    return send(HttpRequest.newBuilder(URI.create(c.url(path))).GET().build());
  }

  static HttpResponse<String> post(ChildServer c, String path, String token, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(c.url(path)))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> put(ChildServer c, String path, String token, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(c.url(path)))
            .header("Authorization", "Bearer " + token)
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static HttpResponse<String> send(HttpRequest r) {
    try {
      return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }
}
