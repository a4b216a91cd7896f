import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.shipshape.forge.CallCount;
import dev.shipshape.forge.Forge;
import dev.shipshape.forge.ForgeClock;
import dev.shipshape.forge.ForgeData;
import dev.shipshape.forge.ForgeKind;
import dev.shipshape.forge.ForgeLimits;
import dev.shipshape.forge.ForgeOptions;
import dev.shipshape.forge.ForgeProject;
import dev.shipshape.forge.ForgeToken;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The forge's cost for an organisation (issue #15): REPOS simulated GitHub repositories on a local
 * WireMock server, each with a year of merged pull requests, workflow runs, deployments and
 * incident issues (pages of 100, ETags on every list and resource, GraphQL for reviews and
 * deployment statuses). Syncs every repository three times with its cache on disk: a first sync,
 * a second of the unchanged organisation, and a third after a day of activity on a tenth of the
 * repositories (one merged pull request, two runs, one deployment each). Prints requests and
 * rate-limit cost (304s are free) per repository and the time per repository.
 *
 * <p>java -cp forge/target/classes:$(cat cp.txt) bench/forge/OrganisationSync.java [REPOS=200]
 */
public class OrganisationSync {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
  static final Instant SINCE = NOW.minus(Duration.ofDays(365));

  public static void main(String[] args) throws Exception {
    int repos = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    WireMockServer server =
        new WireMockServer(wireMockConfig().dynamicPort().containerThreads(8).disableRequestJournal());
    server.start();
    Path cache = Files.createTempDirectory("shipshape-forge-bench-");
    try {
      List<Repo> org = new ArrayList<>();
      Random random = new Random(15);
      for (int i = 0; i < repos; i++) {
        Repo r = new Repo(i, random);
        r.stub(server);
        org.add(r);
      }
      String base = "http://localhost:" + server.port();
      // warm the JVM and the server on a repository outside the organisation
      Repo warm = new Repo(repos, new Random(1));
      warm.stub(server);
      Path warmCache = Files.createTempDirectory("shipshape-forge-warm-");
      sync(warm, base, warmCache);
      sync(warm, base, warmCache);

      Result first = syncAll(org, base, cache);
      Result second = syncAll(org, base, cache);
      for (int i = 0; i < repos; i += 10) {
        org.get(i).aDayOfActivity(server);
      }
      Result third = syncAll(org, base, cache);

      System.out.printf("forge sync of a simulated organisation: %d GitHub repositories%n", repos);
      System.out.printf(
          "  per repository, a year of history: %.0f merged pull requests, %.0f runs,"
              + " %.0f deployments (averages)%n",
          org.stream().mapToInt(r -> r.pulls).average().orElse(0),
          org.stream().mapToInt(r -> r.runs).average().orElse(0),
          org.stream().mapToInt(r -> r.deployments).average().orElse(0));
      System.out.println(
          "  sync                               requests/repo  cost/repo  304s/repo  ms/repo");
      print("first (empty cache)", first, repos);
      print("second (nothing changed)", second, repos);
      print("third (a day on 1 in 10 repos)", third, repos);
      System.out.printf(
          "  second / first in rate limit: %.1f %%; third / first: %.1f %%%n",
          100.0 * second.calls.cost() / first.calls.cost(),
          100.0 * third.calls.cost() / first.calls.cost());
      if (first.missing + second.missing + third.missing > 0) {
        System.out.println("  WARNING: some aspects were missing: " + (first.missing + second.missing + third.missing));
      }
    } finally {
      server.stop();
    }
  }

  record Result(CallCount calls, long nanos, int missing) {}

  static void print(String name, Result r, int repos) {
    System.out.printf(
        "  %-34s %13.1f %10.1f %10.1f %8.1f%n",
        name,
        (double) r.calls.requests() / repos,
        (double) r.calls.cost() / repos,
        (double) r.calls.notModified() / repos,
        r.nanos / 1e6 / repos);
  }

  static Result syncAll(List<Repo> org, String base, Path cache) {
    CallCount total = CallCount.NONE;
    int missing = 0;
    long start = System.nanoTime();
    for (Repo r : org) {
      ForgeData d = sync(r, base, cache);
      total = total.plus(d.calls());
      missing += d.missing().size();
    }
    return new Result(total, System.nanoTime() - start, missing);
  }

  static ForgeData sync(Repo r, String base, Path cache) {
    ForgeProject project =
        new ForgeProject(
            ForgeKind.GITHUB,
            "localhost",
            URI.create(base + "/api/v3"),
            URI.create(base + "/api/graphql"),
            "acme/" + r.name());
    ForgeClock clock =
        new ForgeClock() {
          public Instant now() {
            return NOW;
          }

          public void sleep(Duration d) {}
        };
    return Forge.sync(
        project,
        ForgeToken.of("bench-token", "bench"),
        new ForgeOptions(true, null, null, ForgeLimits.defaults().withCalls(5000), null),
        new Forge.Target(null, "main", SINCE),
        cache,
        clock);
  }

  /** One repository's year: sizes drawn once, answers generated and stubbed with ETags. */
  static final class Repo {
    final int index;
    int pulls;
    int runs;
    int deployments;
    final int incidents;
    int version;
    final List<com.github.tomakehurst.wiremock.stubbing.StubMapping> stubs = new ArrayList<>();

    Repo(int index, Random random) {
      this.index = index;
      this.pulls = 20 + random.nextInt(160);
      this.runs = 50 + random.nextInt(200);
      this.deployments = 10 + random.nextInt(50);
      this.incidents = random.nextInt(5);
    }

    String name() {
      return "repo" + index;
    }

    String root() {
      return "/api/v3/repos/acme/" + name();
    }

    /** Newest first, spread over the year; item k of n at NOW - (k + 1) * year / (n + 1). */
    static Instant at(int k, int n) {
      return NOW.minus(Duration.ofDays(365).multipliedBy(k + 1).dividedBy(n + 1));
    }

    void aDayOfActivity(WireMockServer server) {
      pulls++;
      runs += 2;
      deployments++;
      version++;
      stub(server);
    }

    void stub(WireMockServer server) {
      stubs.forEach(server::removeStub);
      stubs.clear();
      stubAll(server);
    }

    private void add(WireMockServer server, com.github.tomakehurst.wiremock.client.MappingBuilder b) {
      stubs.add(server.stubFor(b));
    }

    private void stubAll(WireMockServer server) {
      String etag = "\"" + name() + "-v" + version + "\"";
      resource(server, root(), "{\"name\": \"" + name() + "\", \"default_branch\": \"main\"}", "\"repo-" + index + "\"");
      resource(
          server,
          root() + "/branches/main",
          "{\"name\": \"main\", \"protected\": true, \"protection\": {\"enabled\": true,"
              + " \"required_status_checks\": {\"enforcement_level\": \"non_admins\", \"contexts\": [\"ci\"]}}}",
          "\"b-" + index + "\"");
      resource(server, root() + "/rules/branches/main", "[]", "\"rules-" + index + "\"");
      resource(
          server,
          root() + "/branches/main/protection",
          "{\"required_pull_request_reviews\": {\"required_approving_review_count\": 1},"
              + " \"allow_force_pushes\": {\"enabled\": false}, \"allow_deletions\": {\"enabled\": false}}",
          "\"p-" + index + "\"");

      ArrayNode prs = JSON.createArrayNode();
      ArrayNode prNodes = JSON.createArrayNode();
      for (int k = 0; k < pulls; k++) {
        int number = pulls - k;
        Instant t = k == 0 && version > 0 ? NOW.minus(Duration.ofHours(2)) : at(k, pulls);
        ObjectNode pr = prs.addObject();
        pr.put("number", number);
        pr.put("node_id", "PR_r" + index + "_" + number);
        pr.put("title", "Change " + number);
        pr.putObject("user").put("login", "dev" + (number % 7));
        pr.put("created_at", t.minus(Duration.ofHours(20)).toString());
        pr.put("updated_at", t.toString());
        pr.put("merged_at", t.toString());
        pr.put("merge_commit_sha", String.format("%040x", (long) index * 100_000 + number));
        ObjectNode node = prNodes.addObject();
        node.put("number", number);
        node.putObject("reviews")
            .putArray("nodes")
            .addObject()
            .put("state", "APPROVED")
            .put("submittedAt", t.minus(Duration.ofHours(1)).toString())
            .putObject("author")
            .put("login", "dev" + ((number + 1) % 7));
        node.putObject("closingIssuesReferences").putArray("nodes");
      }
      pages(server, root() + "/pulls?state=closed&sort=updated&direction=desc&per_page=100", prs, null, etag);
      graphql(server, "PR_r" + index + "_", prNodes);

      ArrayNode runList = JSON.createArrayNode();
      for (int k = 0; k < runs; k++) {
        Instant t = k < 2 && version > 0 ? NOW.minus(Duration.ofHours(3 + k)) : at(k, runs);
        ObjectNode run = runList.addObject();
        run.put("id", (long) index * 100_000 + runs - k);
        run.put("name", "CI");
        run.put("head_sha", String.format("%040x", (long) index * 100_000 + k));
        run.put("event", "push");
        run.put("status", "completed");
        run.put("conclusion", k % 9 == 4 ? "failure" : "success");
        run.put("run_attempt", k % 17 == 3 ? 2 : 1);
        run.put("created_at", t.toString());
        run.put("run_started_at", t.toString());
        run.put("updated_at", t.plus(Duration.ofMinutes(6 + k % 5)).toString());
      }
      pages(server, root() + "/actions/runs?branch=main&per_page=100", runList, "workflow_runs", etag);

      ArrayNode deps = JSON.createArrayNode();
      ArrayNode depNodes = JSON.createArrayNode();
      for (int k = 0; k < deployments; k++) {
        Instant t = k == 0 && version > 0 ? NOW.minus(Duration.ofHours(1)) : at(k, deployments);
        long id = (long) index * 100_000 + deployments - k;
        ObjectNode d = deps.addObject();
        d.put("id", id);
        d.put("node_id", "DE_r" + index + "_" + id);
        d.put("sha", String.format("%040x", (long) index * 100_000 + k));
        d.put("environment", "production");
        d.put("created_at", t.toString());
        ObjectNode node = depNodes.addObject();
        node.put("databaseId", id);
        node.putObject("statuses")
            .putArray("nodes")
            .addObject()
            .put("state", "SUCCESS")
            .put("createdAt", t.plus(Duration.ofMinutes(5)).toString());
      }
      pages(server, root() + "/deployments?per_page=100", deps, null, etag);
      graphql(server, "DE_r" + index + "_", depNodes);

      ArrayNode issues = JSON.createArrayNode();
      for (int k = 0; k < incidents; k++) {
        Instant t = at(k, incidents);
        ObjectNode i = issues.addObject();
        i.put("number", 1000 + k);
        i.put("title", "Incident " + k);
        i.put("created_at", t.toString());
        i.put("updated_at", t.plus(Duration.ofHours(2)).toString());
        i.put("closed_at", t.plus(Duration.ofHours(2)).toString());
      }
      pages(
          server,
          root() + "/issues?labels=incident&state=all&sort=updated&direction=desc&per_page=100",
          issues,
          null,
          "\"i-" + index + "\"");
    }

    /** Pages of 100 with Link headers; each page's ETag changes with the repository's version. */
    void pages(WireMockServer server, String first, ArrayNode items, String wrapper, String etag) {
      int pageCount = Math.max(1, (items.size() + 99) / 100);
      for (int p = 1; p <= pageCount; p++) {
        ArrayNode page = JSON.createArrayNode();
        for (int k = (p - 1) * 100; k < Math.min(items.size(), p * 100); k++) {
          page.add(items.get(k));
        }
        String body;
        if (wrapper == null) {
          body = page.toString();
        } else {
          ObjectNode o = JSON.createObjectNode();
          o.put("total_count", items.size());
          o.set(wrapper, page);
          body = o.toString();
        }
        String url = p == 1 ? first : first + "&page=" + p;
        String next = p < pageCount ? first + "&page=" + (p + 1) : null;
        String pageEtag = etag.substring(0, etag.length() - 1) + "-p" + p + "\"";
        var response =
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("ETag", pageEtag)
                .withHeader("X-RateLimit-Remaining", "4000")
                .withBody(body);
        if (next != null) {
          response =
              response.withHeader(
                  "Link", "<http://localhost:" + server.port() + next + ">; rel=\"next\"");
        }
        add(server, get(urlEqualTo(url)).atPriority(5).willReturn(response));
        add(
            server,
            get(urlEqualTo(url))
                .atPriority(1)
                .withHeader("If-None-Match", equalTo(pageEtag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", pageEtag)));
      }
    }

    void resource(WireMockServer server, String url, String body, String etag) {
      add(
          server,
          get(urlEqualTo(url))
              .atPriority(5)
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withHeader("ETag", etag)
                      .withBody(body)));
      add(
          server,
          get(urlEqualTo(url))
              .atPriority(1)
              .withHeader("If-None-Match", equalTo(etag))
              .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }

    /** One answer holding every node of the repository; the client keeps those it asked for. */
    void graphql(WireMockServer server, String marker, ArrayNode nodes) {
      ObjectNode body = JSON.createObjectNode();
      body.putObject("data").set("nodes", nodes);
      add(
          server,
          post(urlEqualTo("/api/graphql"))
              .withRequestBody(WireMock.containing("\"" + marker))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody(body.toString())));
    }
  }
}
