package dev.shipshape.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forge's API over the JDK's HTTP client, as a good citizen: every GET conditional on the ETag
 * it was last answered with (an unchanged resource answers 304, free against GitHub's rate limit),
 * pages followed by their {@code Link: rel="next"} on the same host only, the primary rate limit
 * ({@code X-RateLimit-*}, GitLab's {@code RateLimit-*}) waited out before it is hit, secondary
 * limits ({@code Retry-After}, 403/429) and 5xx answered with backoff, a timeout on every request,
 * and a budget of calls per scan. It never waits longer in total than {@link
 * ForgeLimits#maxWait()}: past that, or past the budget, it throws and the sync keeps what it has.
 */
final class ForgeHttp {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
  private static final Duration BACKOFF = Duration.ofSeconds(1);
  private static final Duration SECONDARY_WAIT = Duration.ofSeconds(60);

  private final ForgeProject project;
  private final ForgeToken token;
  private final ForgeLimits limits;
  private final ForgeClock clock;
  private final HttpClient client;

  private int requests;
  private int notModified;
  private int retries;
  private Duration waited = Duration.ZERO;
  private int remaining = -1;
  private Instant reset;

  ForgeHttp(ForgeProject project, ForgeToken token, ForgeLimits limits, ForgeClock clock) {
    this.project = project;
    this.token = token;
    this.limits = limits;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** One answer to a GET: 304 (no body: unchanged since {@code etag}) or 200 with its body. */
  record Page(boolean notModified, JsonNode body, String etag, String next) {}

  CallCount count() {
    return new CallCount(requests, notModified, retries, waited);
  }

  /** A GET, conditional on {@code etag} when given. */
  Page get(String url, String etag) {
    HttpRequest.Builder b = request(url).GET();
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    HttpResponse<byte[]> r = send(b.build());
    if (r.statusCode() == 304) {
      return new Page(true, null, etag, next(r));
    }
    return new Page(
        false, parse(r.body(), url), r.headers().firstValue("ETag").orElse(null), next(r));
  }

  /** A GraphQL query's data, and the messages of the errors that came with it (partial data). */
  record GraphQl(JsonNode data, List<String> errors) {}

  GraphQl graphql(String query, Map<String, Object> variables) {
    ObjectNode body = JSON.createObjectNode();
    body.put("query", query);
    body.set("variables", JSON.valueToTree(variables));
    String url = project.graphql().toString();
    for (int attempt = 0; ; attempt++) {
      HttpRequest req;
      try {
        req =
            request(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
      } catch (IOException e) {
        throw new ForgeException(ForgeException.Kind.MALFORMED, "cannot write a GraphQL query");
      }
      HttpResponse<byte[]> r = send(req);
      JsonNode answer = parse(r.body(), url);
      List<String> errors = new ArrayList<>();
      boolean limited = false;
      boolean forbidden = false;
      for (JsonNode e : answer.path("errors")) {
        String type = e.path("type").asText("");
        limited |= type.equals("RATE_LIMITED");
        forbidden |= type.equals("INSUFFICIENT_SCOPES") || type.equals("FORBIDDEN");
        errors.add((type.isEmpty() ? "" : type + ": ") + oneLine(e.path("message").asText("")));
      }
      JsonNode data = answer.path("data");
      if (limited && attempt < limits.retries()) {
        waitFor(untilReset(), "GraphQL rate limit");
        retries++;
        continue;
      }
      if (data.isMissingNode() || data.isNull()) {
        throw new ForgeException(
            forbidden ? ForgeException.Kind.FORBIDDEN : ForgeException.Kind.MALFORMED,
            "GraphQL: " + (errors.isEmpty() ? "no data" : String.join("; ", errors)));
      }
      return new GraphQl(data, errors);
    }
  }

  private HttpRequest.Builder request(String url) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(limits.timeout())
            .header("Authorization", token.bearer())
            .header("User-Agent", "shipshape");
    if (project.kind() == ForgeKind.GITHUB) {
      b.header("Accept", "application/vnd.github+json")
          .header("X-GitHub-Api-Version", "2022-11-28");
    } else {
      b.header("Accept", "application/json");
    }
    return b;
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    String what = describe(request.uri());
    for (int attempt = 0; ; attempt++) {
      if (requests >= limits.calls()) {
        throw new ForgeException(
            ForgeException.Kind.BUDGET,
            "the call budget of " + limits.calls() + " requests is spent (--forge-budget)");
      }
      if (remaining == 0 && reset != null && reset.isAfter(clock.now())) {
        waitFor(untilReset(), "rate limit");
      }
      requests++;
      HttpResponse<byte[]> r;
      try {
        r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (attempt < limits.retries()) {
          backoff(attempt);
          continue;
        }
        throw new ForgeException(
            ForgeException.Kind.UNAVAILABLE,
            what + ": " + e.getClass().getSimpleName() + " after " + (attempt + 1) + " tries");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ForgeException(ForgeException.Kind.UNAVAILABLE, what + ": interrupted");
      }
      readRateLimit(r);
      int status = r.statusCode();
      if (status == 304) {
        notModified++;
        return r;
      }
      if (status >= 200 && status < 300) {
        return r;
      }
      if (status == 401) {
        throw new ForgeException(
            ForgeException.Kind.UNAUTHORIZED,
            what + ": the token was refused (401); is it expired or for another host?");
      }
      if ((status == 403 || status == 429) && attempt < limits.retries()) {
        Duration wait = limitWait(r, attempt);
        if (wait != null) {
          waitFor(wait, status == 429 ? "429 Too Many Requests" : "rate limit");
          retries++;
          continue;
        }
      }
      if (status == 403 || status == 429) {
        if (status == 429 || limitWait(r, attempt) != null) {
          throw new ForgeException(
              ForgeException.Kind.RATE_LIMITED, what + ": still rate limited after retries");
        }
        throw new ForgeException(ForgeException.Kind.FORBIDDEN, what + ": " + forbidden(r));
      }
      if (status == 404) {
        throw new ForgeException(
            ForgeException.Kind.NOT_FOUND, what + ": not found (404), or the token cannot see it");
      }
      if (status >= 500 && attempt < limits.retries()) {
        backoff(attempt);
        continue;
      }
      throw new ForgeException(
          ForgeException.Kind.UNAVAILABLE,
          what + ": HTTP " + status + (status >= 500 ? " after " + (attempt + 1) + " tries" : ""));
    }
  }

  /**
   * How long a 403/429 asks us to wait, or null when it is not a rate limit (a missing scope):
   * {@code Retry-After}; the primary limit's reset when none remain; for a secondary limit that
   * names no time (GitHub's 403 "secondary rate limit"), a minute, doubling with each try.
   */
  private Duration limitWait(HttpResponse<byte[]> r, int attempt) {
    Optional<String> after = r.headers().firstValue("Retry-After");
    if (after.isPresent()) {
      try {
        return Duration.ofSeconds(Math.max(1, Long.parseLong(after.get().trim())));
      } catch (NumberFormatException e) {
        return SECONDARY_WAIT;
      }
    }
    if (remaining == 0 && reset != null) {
      return untilReset();
    }
    String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    String lower = body.toLowerCase(Locale.ROOT);
    if (r.statusCode() == 429
        || lower.contains("secondary rate limit")
        || lower.contains("abuse detection")) {
      return SECONDARY_WAIT.multipliedBy(1L << attempt);
    }
    return null;
  }

  /** A 403 that is not a rate limit: which scopes the resource wants, when GitHub says so. */
  private static String forbidden(HttpResponse<byte[]> r) {
    String accepted = r.headers().firstValue("X-Accepted-OAuth-Scopes").orElse("");
    String has = r.headers().firstValue("X-OAuth-Scopes").orElse(null);
    String message = "";
    try {
      JsonNode body = JSON.readTree(r.body());
      message = oneLine(body.path("message").asText(body.path("error").asText("")));
    } catch (IOException e) {
      // not JSON: the status says enough
    }
    StringBuilder s = new StringBuilder("forbidden (403)");
    if (!message.isEmpty()) {
      s.append(": ").append(message);
    }
    if (!accepted.isBlank()) {
      s.append("; needs scope ").append(accepted.trim());
      if (has != null) {
        s.append(", the token has ").append(has.isBlank() ? "none" : has.trim());
      }
    }
    return s.toString();
  }

  private void readRateLimit(HttpResponse<byte[]> r) {
    String prefix = project.kind() == ForgeKind.GITHUB ? "X-RateLimit-" : "RateLimit-";
    r.headers()
        .firstValue(prefix + "Remaining")
        .ifPresent(
            v -> {
              try {
                remaining = Integer.parseInt(v.trim());
              } catch (NumberFormatException e) {
                remaining = -1;
              }
            });
    r.headers()
        .firstValue(prefix + "Reset")
        .ifPresent(
            v -> {
              try {
                reset = Instant.ofEpochSecond(Long.parseLong(v.trim()));
              } catch (NumberFormatException e) {
                reset = null;
              }
            });
  }

  private Duration untilReset() {
    if (reset == null) {
      return SECONDARY_WAIT;
    }
    Duration d = Duration.between(clock.now(), reset).plusSeconds(1);
    return d.isNegative() ? Duration.ofSeconds(1) : d;
  }

  private void backoff(int attempt) {
    retries++;
    waitFor(BACKOFF.multipliedBy(1L << attempt), "retry");
  }

  private void waitFor(Duration d, String why) {
    if (waited.plus(d).compareTo(limits.maxWait()) > 0) {
      throw new ForgeException(
          ForgeException.Kind.RATE_LIMITED,
          why
              + ": the forge asks to wait "
              + human(d)
              + ", more than the scan may ("
              + human(limits.maxWait().minus(waited))
              + " left of --forge-max-wait)");
    }
    try {
      clock.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ForgeException(ForgeException.Kind.UNAVAILABLE, "interrupted while waiting");
    }
    waited = waited.plus(d);
  }

  private static String human(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s < 120 ? s + " s" : (s / 60) + " min";
  }

  /** The next page's URL, when it is on the API's own host (a token goes nowhere else). */
  private String next(HttpResponse<byte[]> r) {
    for (String link : r.headers().allValues("Link")) {
      Matcher m = NEXT.matcher(link);
      if (m.find()) {
        URI next = URI.create(m.group(1));
        URI api = project.api();
        if (api.getScheme().equals(next.getScheme())
            && api.getRawAuthority().equalsIgnoreCase(next.getRawAuthority())) {
          return next.toString();
        }
        return null;
      }
    }
    return null;
  }

  private static JsonNode parse(byte[] body, String url) {
    try {
      JsonNode n = JSON.readTree(body);
      if (n == null || n.isMissingNode()) {
        throw new IOException("empty body");
      }
      return n;
    } catch (IOException e) {
      throw new ForgeException(
          ForgeException.Kind.MALFORMED, describe(URI.create(url)) + ": the answer is not JSON");
    }
  }

  /** A request for messages: its path, without the query (which may be long). */
  private static String describe(URI uri) {
    return uri.getRawPath();
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }
}
