package dev.shipshape.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.shipshape.forge.ForgeData.Aspect;
import dev.shipshape.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubSyncTest {
  static final String ROOT = "/api/v3/repos/acme/shop";
  static final String PULLS = ROOT + "/pulls?state=closed&sort=updated&direction=desc&per_page=100";
  static final String RUNS = ROOT + "/actions/runs?branch=main&per_page=100";
  static final String DEPLOYMENTS = ROOT + "/deployments?per_page=100";
  static final String ISSUES =
      ROOT + "/issues?labels=incident&state=all&sort=updated&direction=desc&per_page=100";
  static final String TOKEN = "ghp_t0k3nThatMustNeverShow";
  static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

  static WireMockServer server;
  Stubs stubs;
  FakeClock clock;
  @TempDir Path cache;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
    stubs = new Stubs(server, ForgeKind.GITHUB);
    clock = new FakeClock(Instant.parse("2026-06-30T00:00:00Z"));
  }

  /** Every resource of a well-kept repository, each with its ETag. */
  void stubRepository() {
    stubs
        .json(ROOT, "github/repo.json", "\"r1\"")
        .json(PULLS, "github/pulls-1.json", "\"p1\"", PULLS + "&page=2")
        .json(PULLS + "&page=2", "github/pulls-2.json", "\"p2\"")
        .json(ROOT + "/branches/main", "github/branch.json", "\"b1\"")
        .json(ROOT + "/rules/branches/main", "github/rules.json", "\"rs1\"")
        .json(ROOT + "/branches/main/protection", "github/protection.json", "\"bp1\"")
        .json(RUNS, "github/runs.json", "\"w1\"")
        .json(DEPLOYMENTS, "github/deployments.json", "\"d1\"")
        .json(ISSUES, "github/issues.json", "\"i1\"")
        .graphql("/api/graphql", "PullRequest", "github/graphql-pulls.json")
        .graphql("/api/graphql", "Deployment", "github/graphql-deployments.json");
  }

  ForgeProject project() {
    return ForgeProject.detect(
            stubs.base() + "/acme/shop.git",
            ForgeHosts.parse(List.of("github=localhost:" + server.port())))
        .orElseThrow();
  }

  ForgeData sync(ForgeLimits limits) {
    return Forge.sync(
        project(),
        ForgeToken.of(TOKEN, "test"),
        new ForgeOptions(true, null, null, limits, null),
        new Forge.Target(null, null, SINCE),
        cache,
        clock);
  }

  ForgeData sync() {
    return sync(ForgeLimits.defaults());
  }

  @Test
  void aFirstSyncReadsEveryAspectOfTheWindow() {
    stubRepository();

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(data.changes()).extracting(ChangeRequest::number).containsExactly(10, 12);
    ChangeRequest vouchers = data.changes().get(1);
    assertThat(vouchers.author()).isEqualTo("alice");
    assertThat(vouchers.landed()).containsExactly("c0ffee0000000000000000000000000000000012");
    // dave approved after the merge: not a review of what landed
    assertThat(vouchers.approvers()).containsExactly("carol");
    assertThat(vouchers.closes()).extracting(ChangeRequest.IssueRef::number).containsExactly(5);
    assertThat(data.changes().get(0).approvers()).isEmpty();

    assertThat(data.protection())
        .isEqualTo(
            new BranchProtection(
                "main", true, 2, true, true, true, List.of("branch protection", "ruleset")));

    // the window's runs only, oldest first
    assertThat(data.runs()).extracting(PipelineRun::id).containsExactly("502", "503", "504");
    assertThat(data.runs().get(1).attempt()).isEqualTo(2);
    assertThat(data.runs().get(0).outcome()).isEqualTo(PipelineRun.Outcome.FAILURE);

    // the first final status, not the INACTIVE a later deployment left
    assertThat(data.deployments())
        .extracting(ForgeDeployment::id, ForgeDeployment::environment, ForgeDeployment::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("101", "staging", ForgeDeployment.State.FAILURE),
            org.assertj.core.groups.Tuple.tuple(
                "102", "production", ForgeDeployment.State.SUCCESS));
    assertThat(data.deployments().get(1).finishedAt())
        .isEqualTo(Instant.parse("2026-06-03T12:30:00Z"));

    // the pull request in the incident label's list is not an incident
    assertThat(data.incidents()).extracting(ForgeIssue::number).containsExactly(30);

    server.verify(
        getRequestedFor(urlEqualTo(PULLS))
            .withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN))
            .withHeader("X-GitHub-Api-Version", WireMock.equalTo("2022-11-28")));
    // 9 REST requests (two pages of pulls) and 2 GraphQL queries
    assertThat(data.calls().requests()).isEqualTo(11);
    assertThat(data.calls().cost()).isEqualTo(11);
  }

  @Test
  void aSecondSyncOfAnUnchangedRepositoryCostsNoRateLimit() {
    stubRepository();
    ForgeData first = sync();

    ForgeData second = sync();

    assertThat(second.calls().cost()).isZero();
    assertThat(second.calls().notModified()).isEqualTo(second.calls().requests());
    server.verify(
        1,
        postRequestedFor(urlEqualTo("/api/graphql"))
            .withRequestBody(WireMock.containing("PullRequest")));
    assertThat(second.changes()).isEqualTo(first.changes());
    assertThat(second.protection()).isEqualTo(first.protection());
    assertThat(second.runs()).isEqualTo(first.runs());
    assertThat(second.deployments()).isEqualTo(first.deployments());
    assertThat(second.incidents()).isEqualTo(first.incidents());
    assertThat(second.missing()).isEmpty();
  }

  @Test
  void aChangedListIsReadOnlyUpToWhatTheLastSyncHeld() {
    stubRepository();
    sync();
    server.resetRequests();
    // a new merge: the first page changes (new ETag); the second page is not read again
    String newer =
        Stubs.fixture("github/pulls-1.json")
            .replaceFirst(
                "\\[",
                "[{\"number\": 13, \"node_id\": \"PR_13\", \"title\": \"Later\","
                    + " \"user\": {\"login\": \"bob\"},"
                    + " \"created_at\": \"2026-06-20T09:00:00Z\","
                    + " \"updated_at\": \"2026-06-21T09:00:00Z\","
                    + " \"merged_at\": \"2026-06-21T09:00:00Z\","
                    + " \"merge_commit_sha\": \"c0ffee0000000000000000000000000000000013\"},");
    server.stubFor(
        get(urlEqualTo(PULLS))
            .atPriority(0)
            .willReturn(
                stubs
                    .ok(newer, "\"p1b\"")
                    .withHeader("Link", "<" + stubs.base() + PULLS + "&page=2>; rel=\"next\"")));
    server.stubFor(
        post(urlEqualTo("/api/graphql"))
            .atPriority(0)
            .withRequestBody(WireMock.containing("PR_13"))
            .willReturn(
                stubs.ok(
                    "{\"data\": {\"nodes\": [{\"number\": 13, \"reviews\": {\"nodes\": []},"
                        + " \"closingIssuesReferences\": {\"nodes\": []}}]}}",
                    null)));

    ForgeData second = sync();

    assertThat(second.changes()).extracting(ChangeRequest::number).containsExactly(10, 12, 13);
    server.verify(0, getRequestedFor(urlEqualTo(PULLS + "&page=2")));
    // only the new pull request was asked about
    server.verify(
        1,
        postRequestedFor(urlEqualTo("/api/graphql")).withRequestBody(WireMock.containing("PR_")));
    assertThat(second.calls().cost()).isEqualTo(2);
  }

  @Test
  void aPrimaryRateLimitIsWaitedOutUntilItsReset() {
    stubRepository();
    long reset = clock.now().plusSeconds(30).getEpochSecond();
    server.stubFor(
        get(urlEqualTo(PULLS))
            .atPriority(0)
            .inScenario("limit")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", Long.toString(reset))
                    .withBody("{\"message\": \"API rate limit exceeded for user ID 1.\"}"))
            .willSetStateTo("reset"));

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(data.changes()).hasSize(2);
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(31));
    assertThat(data.calls().retries()).isEqualTo(1);
  }

  @Test
  void aLimitThatResetsTooLateDegradesToTheOfflineResult() {
    stubRepository();
    long reset = clock.now().plus(Duration.ofMinutes(40)).getEpochSecond();
    server.stubFor(
        get(urlEqualTo(ROOT))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", Long.toString(reset))));

    ForgeData data = sync();

    assertThat(data.missing()).containsOnlyKeys(Aspect.values());
    assertThat(data.missing().get(Aspect.CHANGES)).contains("40 min");
    assertThat(data.diagnostics()).hasSize(Aspect.values().length);
    assertThat(clock.sleeps).isEmpty();
    assertThat(data.calls().requests()).isEqualTo(1);
  }

  @Test
  void aSecondaryLimitIsWaitedOutAsRetryAfterSays() {
    stubRepository();
    server.stubFor(
        get(urlEqualTo(RUNS))
            .atPriority(0)
            .inScenario("secondary")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Retry-After", "7")
                    .withBody(
                        "{\"message\": \"You have exceeded a secondary rate limit. Please wait a"
                            + " few minutes before you try again.\"}"))
            .willSetStateTo("ok"));

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() {
    stubRepository();
    server.stubFor(
        get(urlEqualTo(DEPLOYMENTS))
            .atPriority(0)
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(502))
            .willSetStateTo("second"));
    server.stubFor(
        get(urlEqualTo(DEPLOYMENTS))
            .atPriority(0)
            .inScenario("flaky")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(data.deployments()).hasSize(2);
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void aForgeThatStaysDownEndsTheSyncWithoutFailingIt() {
    stubRepository();
    server.stubFor(
        get(urlPathEqualTo(ROOT + "/branches/main"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(500)));

    ForgeData data = sync();

    // changes were read before; protection failed after 4 tries; nothing else was asked
    assertThat(data.has(Aspect.CHANGES)).isTrue();
    assertThat(data.missing())
        .containsOnlyKeys(Aspect.PROTECTION, Aspect.CI, Aspect.DEPLOYMENTS, Aspect.INCIDENTS);
    assertThat(data.missing().get(Aspect.PROTECTION)).contains("HTTP 500 after 4 tries");
    server.verify(0, getRequestedFor(urlEqualTo(RUNS)));
  }

  @Test
  void aTokenWithoutAdminPermissionStillReadsTheProtectionSummaryAndRulesets() {
    stubRepository();
    server.stubFor(
        get(urlEqualTo(ROOT + "/branches/main/protection"))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("X-Accepted-OAuth-Scopes", "repo")
                    .withHeader("X-OAuth-Scopes", "")
                    .withBody(
                        "{\"message\": \"Resource not accessible by personal access token\"}")));

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    // approvals from the ruleset; force pushes unknown without the classic details
    assertThat(data.protection())
        .isEqualTo(
            new BranchProtection(
                "main", true, 1, true, null, true, List.of("branch protection", "ruleset")));
    assertThat(data.diagnostics())
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("Administration (read)"));
  }

  @Test
  void aTokenWithoutTheScopeForPullRequestsLosesOnlyThatAspect() {
    stubRepository();
    server.stubFor(
        post(urlEqualTo("/api/graphql"))
            .atPriority(0)
            .withRequestBody(WireMock.containing("PullRequest"))
            .willReturn(
                stubs.ok(
                    "{\"data\": null, \"errors\": [{\"type\": \"INSUFFICIENT_SCOPES\","
                        + " \"message\": \"Your token has not been granted the required scopes"
                        + " to execute this query.\"}]}",
                    null)));

    ForgeData data = sync();

    assertThat(data.missing()).containsOnlyKeys(Aspect.CHANGES);
    assertThat(data.missing().get(Aspect.CHANGES)).contains("INSUFFICIENT_SCOPES");
    assertThat(data.has(Aspect.DEPLOYMENTS)).isTrue();
  }

  @Test
  void partialGraphQlDataLeavesTheUnreadChangesForTheNextSync() {
    stubRepository();
    server.stubFor(
        post(urlEqualTo("/api/graphql"))
            .atPriority(0)
            .inScenario("partial")
            .whenScenarioStateIs(Scenario.STARTED)
            .withRequestBody(WireMock.containing("PullRequest"))
            .willReturn(
                stubs.ok(
                    "{\"data\": {\"nodes\": [{\"number\": 12, \"reviews\": {\"nodes\": []},"
                        + " \"closingIssuesReferences\": {\"nodes\": []}}, null]},"
                        + " \"errors\": [{\"type\": \"NOT_FOUND\", \"message\": \"Could not"
                        + " resolve to a node\"}]}",
                    null))
            .willSetStateTo("whole"));

    ForgeData first = sync();

    assertThat(first.changes())
        .filteredOn(ChangeRequest::detailed)
        .extracting(ChangeRequest::number)
        .containsExactly(12);
    assertThat(first.diagnostics())
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("1 pull request(s) not read in full"));

    ForgeData second = sync();

    assertThat(second.changes()).allMatch(ChangeRequest::detailed);
    // the second query asked only for #10
    List<String> bodies =
        server
            .findAll(
                postRequestedFor(urlEqualTo("/api/graphql"))
                    .withRequestBody(WireMock.containing("PullRequest")))
            .stream()
            .map(r -> r.getBodyAsString())
            .toList();
    assertThat(bodies.get(1)).contains("PR_kwDOAAAAAc4AAAAK").doesNotContain("PR_kwDOAAAAAc4AAAAM");
  }

  @Test
  void theCallBudgetStopsTheSyncAndTheNextOneGoesOn() {
    stubRepository();

    ForgeData first = sync(ForgeLimits.defaults().withCalls(3));

    assertThat(first.calls().requests()).isEqualTo(3);
    assertThat(first.missing()).containsOnlyKeys(Aspect.values());
    assertThat(first.missing().get(Aspect.INCIDENTS)).contains("call budget of 3");

    ForgeData second = sync();

    assertThat(second.missing()).isEmpty();
    assertThat(second.changes()).allMatch(ChangeRequest::detailed);
  }

  @Test
  void aRefusedTokenSaysSoAndNothingElseIsAsked() {
    server.stubFor(
        get(WireMock.anyUrl())
            .willReturn(
                aResponse().withStatus(401).withBody("{\"message\": \"Bad credentials\"}")));

    ForgeData data = sync();

    assertThat(data.missing()).containsOnlyKeys(Aspect.values());
    assertThat(data.missing().get(Aspect.CI)).contains("401");
    assertThat(data.calls().requests()).isEqualTo(1);
  }

  @Test
  void theTokenIsNeverInTheCacheNorInAMessage() throws Exception {
    stubRepository();
    server.stubFor(get(urlEqualTo(RUNS)).atPriority(0).willReturn(aResponse().withStatus(404)));

    ForgeData data = sync();

    assertThat(data.diagnostics())
        .extracting(Diagnostic::message)
        .noneMatch(m -> m.contains(TOKEN));
    assertThat(data.missing().values()).noneMatch(m -> m.contains(TOKEN));
    try (Stream<Path> files = Files.list(cache)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      assertThat(
              new String(
                  Files.readAllBytes(all.get(0)), java.nio.charset.StandardCharsets.ISO_8859_1))
          .doesNotContain(TOKEN)
          .contains("c0ffee");
    }
    assertThat(ForgeToken.of(TOKEN, "test").toString()).doesNotContain(TOKEN);
  }

  @Test
  void aDamagedCacheIsReadAsNoneAndRewritten() throws Exception {
    stubRepository();
    sync();
    Path file;
    try (Stream<Path> files = Files.list(cache)) {
      file = files.findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 3] ^= 0x5a;
    Files.write(file, bytes);

    ForgeData again = sync();

    assertThat(again.calls().cost()).isEqualTo(11);
    assertThat(again.missing()).isEmpty();
  }

  @Test
  void aNextPageOnAnotherHostIsNotFollowed() {
    stubRepository();
    server.stubFor(
        get(urlEqualTo(PULLS))
            .atPriority(0)
            .willReturn(
                stubs
                    .ok(Stubs.fixture("github/pulls-1.json"), "\"p1\"")
                    .withHeader("Link", "<https://elsewhere.example/steal?page=2>; rel=\"next\"")));

    ForgeData data = sync();

    assertThat(data.changes()).extracting(ChangeRequest::number).containsExactly(12);
  }
}
