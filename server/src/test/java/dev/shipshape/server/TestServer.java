package dev.shipshape.server;

import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.engine.Scanner;
import dev.shipshape.model.Tool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A server on a free loopback port, with its admin token and a small HTTP client. */
public final class TestServer implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public final Server server;
  public final String adminToken;
  public final ByteArrayOutputStream log;

  private TestServer(Server server, String adminToken, ByteArrayOutputStream log) {
    this.server = server;
    this.adminToken = adminToken;
    this.log = log;
  }

  public static Scanner scanner() {
    return new Scanner(CheckRegistry.load(), new Tool("shipshape", "test"));
  }

  public static ServerConfig config(TestDatabase db, String node) {
    return ServerConfig.defaults(scanner())
        .withAddress("127.0.0.1", 0)
        .withDatabase(db.dataDir(), db.url())
        .withScans(node, 2, Duration.ofMillis(100), Duration.ofMinutes(15));
  }

  public static TestServer start(TestDatabase db) {
    return start(config(db, "test-node"));
  }

  public static TestServer start(ServerConfig config) {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Server server =
        Server.start(
            config.withStreams(
                new PrintStream(console, true, StandardCharsets.UTF_8),
                new PrintStream(log, true, StandardCharsets.UTF_8)));
    String printed = console.toString(StandardCharsets.UTF_8);
    String token = printed.lines().filter(l -> l.startsWith("ss_")).findFirst().orElse(null);
    return new TestServer(server, token, log);
  }

  public String url(String path) {
    return server.url() + path;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
  }

  public HttpResponse<String> post(String path, String token, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  public HttpResponse<String> put(String path, String token, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits up to {@code timeout} for {@code condition}; false when it never held. */
  public static boolean await(Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }

  @Override
  public void close() {
    server.close();
  }
}
