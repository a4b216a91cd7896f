package dev.shipshape.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers of a forge for WireMock, from fixtures written after the documented REST and GraphQL
 * schemas: each resource with an ETag, answered 304 when asked with it.
 */
final class Stubs {
  private final WireMockServer server;
  private final String rateLimitPrefix;

  Stubs(WireMockServer server, ForgeKind kind) {
    this.server = server;
    this.rateLimitPrefix = kind == ForgeKind.GITHUB ? "X-RateLimit-" : "RateLimit-";
  }

  static String fixture(String name) {
    try (InputStream in = Stubs.class.getResourceAsStream("/forge/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return "http://localhost:" + server.port();
  }

  ResponseDefinitionBuilder ok(String body, String etag) {
    ResponseDefinitionBuilder r =
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json; charset=utf-8")
            .withHeader(rateLimitPrefix + "Limit", "5000")
            .withHeader(rateLimitPrefix + "Remaining", "4990")
            .withHeader(rateLimitPrefix + "Reset", "1782777600")
            .withBody(body);
    return etag == null ? r : r.withHeader("ETag", etag);
  }

  /** A GET answered with the fixture, and 304 when asked with its ETag. */
  Stubs json(String pathAndQuery, String fixture, String etag) {
    return json(pathAndQuery, fixture, etag, null);
  }

  /** The same, with a {@code Link: rel="next"} to {@code nextPathAndQuery}. */
  Stubs json(String pathAndQuery, String fixture, String etag, String nextPathAndQuery) {
    ResponseDefinitionBuilder r = ok(fixture(fixture), etag);
    if (nextPathAndQuery != null) {
      r = r.withHeader("Link", "<" + base() + nextPathAndQuery + ">; rel=\"next\"");
    }
    server.stubFor(get(urlEqualTo(pathAndQuery)).atPriority(5).willReturn(r));
    if (etag != null) {
      server.stubFor(
          get(urlEqualTo(pathAndQuery))
              .withHeader("If-None-Match", equalTo(etag))
              .atPriority(1)
              .willReturn(
                  aResponse()
                      .withStatus(304)
                      .withHeader("ETag", etag)
                      .withHeader(rateLimitPrefix + "Remaining", "4990")));
    }
    return this;
  }

  /** A GraphQL query whose text contains {@code marker}, answered with the fixture. */
  Stubs graphql(String path, String marker, String fixture) {
    server.stubFor(
        post(urlEqualTo(path))
            .withRequestBody(WireMock.containing(marker))
            .willReturn(ok(fixture(fixture), null)));
    return this;
  }

  int requests() {
    return server.getAllServeEvents().size();
  }
}
