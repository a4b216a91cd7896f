package dev.shipshape.forge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.shipshape.model.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitLabSyncTest {
  static final String ROOT = "/api/v4/projects/acme%2Fweb%2Fshop";
  static final String MRS =
      ROOT + "/merge_requests?state=merged&order_by=updated_at&sort=desc&per_page=100";
  static final String PIPELINES = ROOT + "/pipelines?ref=main&per_page=100";
  static final String DEPLOYMENTS =
      ROOT + "/deployments?order_by=created_at&sort=desc&per_page=100";
  static final String ISSUES =
      ROOT + "/issues?labels=incident&scope=all&order_by=updated_at&sort=desc&per_page=100";
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
    stubs = new Stubs(server, ForgeKind.GITLAB);
    clock = new FakeClock(Instant.parse("2026-06-30T00:00:00Z"));
  }

  void stubProject() {
    stubs
        .json(ROOT, "gitlab/project.json", "W/\"g1\"")
        .json(MRS, "gitlab/merge_requests.json", "W/\"m1\"")
        .json(ROOT + "/merge_requests/7/approvals", "gitlab/approvals-7.json", null)
        .json(ROOT + "/merge_requests/6/approvals", "gitlab/approvals-6.json", null)
        .json(ROOT + "/merge_requests/7/closes_issues", "gitlab/closes_issues-7.json", null)
        .json(ROOT + "/merge_requests/6/closes_issues", "gitlab/closes_issues-6.json", null)
        .json(ROOT + "/protected_branches/main", "gitlab/protected_branch.json", "W/\"pb\"")
        .json(ROOT + "/approval_rules", "gitlab/approval_rules.json", "W/\"ar\"")
        .json(PIPELINES, "gitlab/pipelines.json", "W/\"pl\"")
        .json(DEPLOYMENTS, "gitlab/deployments.json", "W/\"dp\"")
        .json(ISSUES, "gitlab/issues.json", "W/\"is\"");
  }

  ForgeData sync() {
    ForgeProject project =
        ForgeProject.detect(
                "git@localhost:acme/web/shop.git", ForgeHosts.parse(List.of("gitlab=localhost")))
            .orElseThrow();
    // an SSH remote names the host; the API answers over HTTP on the test server's port
    ForgeProject onServer =
        new ForgeProject(
            project.kind(),
            project.host(),
            java.net.URI.create(stubs.base() + "/api/v4"),
            java.net.URI.create(stubs.base() + "/api/graphql"),
            project.path());
    return Forge.sync(
        onServer,
        ForgeToken.of("glpat-secret", "test"),
        new ForgeOptions(true, null, null, ForgeLimits.defaults(), null),
        new Forge.Target(null, "main", SINCE),
        cache,
        clock);
  }

  @Test
  void readsMergeRequestsApprovalsProtectionPipelinesDeploymentsAndIncidents() {
    stubProject();

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(data.changes()).extracting(ChangeRequest::number).containsExactly(6, 7);
    ChangeRequest squashed = data.changes().get(1);
    assertThat(squashed.landed())
        .containsExactly(
            "c0ffee0000000000000000000000000000000007", "5a5a000000000000000000000000000000000007");
    // the author's own approval does not count
    assertThat(squashed.approvers()).containsExactly("carol");
    assertThat(squashed.closes()).extracting(ChangeRequest.IssueRef::number).containsExactly(5);
    ChangeRequest fastForward = data.changes().get(0);
    assertThat(fastForward.landed()).containsExactly("c0ffee0000000000000000000000000000000006");
    assertThat(fastForward.reviewsKnown()).isTrue();
    assertThat(fastForward.approvers()).isEmpty();

    assertThat(data.protection())
        .isEqualTo(
            new BranchProtection(
                "main", true, 2, true, true, true, List.of("protected branch", "approval rules")));

    assertThat(data.runs()).extracting(PipelineRun::id).containsExactly("45", "46", "47");
    // a second pipeline of the same commit is a run again
    assertThat(data.runs()).extracting(PipelineRun::attempt).containsExactly(1, 2, 1);
    assertThat(data.runs().get(0).duration()).isEqualTo(Duration.ofMinutes(6));

    assertThat(data.deployments())
        .extracting(ForgeDeployment::id, ForgeDeployment::state, ForgeDeployment::finishedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "41", ForgeDeployment.State.FAILURE, Instant.parse("2026-04-01T11:20:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                "42", ForgeDeployment.State.SUCCESS, Instant.parse("2026-06-03T12:29:00Z")));
    assertThat(data.incidents()).extracting(ForgeIssue::number).containsExactly(30);

    server.verify(
        getRequestedFor(urlEqualTo(MRS))
            .withHeader("Authorization", WireMock.equalTo("Bearer glpat-secret")));
  }

  @Test
  void aSecondSyncAsksOnlyWhetherAnythingChanged() {
    stubProject();
    ForgeData first = sync();
    server.resetRequests();

    ForgeData second = sync();

    assertThat(second.calls().notModified()).isEqualTo(second.calls().requests());
    server.verify(0, getRequestedFor(urlEqualTo(ROOT + "/merge_requests/7/approvals")));
    assertThat(second.changes()).isEqualTo(first.changes());
    assertThat(first.calls().requests()).isEqualTo(11);
    assertThat(second.calls().requests()).isEqualTo(7);
  }

  @Test
  void approvalsOnATierWithoutThemLeaveReviewUnknownAndTheRestRead() {
    stubProject();
    server.stubFor(
        get(WireMock.urlMatching(".*/merge_requests/\\d+/approvals"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(403).withBody("{\"message\": \"403 Forbidden\"}")));

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(data.changes()).noneMatch(ChangeRequest::reviewsKnown);
    assertThat(data.changes().get(1).closes()).hasSize(1);
    // asked once, not once per merge request
    server.verify(1, getRequestedFor(WireMock.urlMatching(".*/approvals")));
    assertThat(data.diagnostics())
        .extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("approvals cannot be read"));
  }

  @Test
  void gitLabsRateLimitHeadersAreHonoured() {
    stubProject();
    long reset = clock.now().plusSeconds(20).getEpochSecond();
    server.stubFor(
        get(urlEqualTo(PIPELINES))
            .atPriority(0)
            .inScenario("limit")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("RateLimit-Remaining", "0")
                    .withHeader("RateLimit-Reset", Long.toString(reset))
                    .withBody("{\"message\": \"Retry later\"}"))
            .willSetStateTo("ok"));

    ForgeData data = sync();

    assertThat(data.missing()).isEmpty();
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(21));
  }

  @Test
  void anUnprotectedBranchIsKnownUnprotected() {
    stubProject();
    server.stubFor(
        get(urlEqualTo(ROOT + "/protected_branches/main"))
            .atPriority(0)
            .willReturn(aResponse().withStatus(404).withBody("{\"message\": \"404 Not found\"}")));

    ForgeData data = sync();

    assertThat(data.protection().isProtected()).isFalse();
    assertThat(data.protection().forcePushBlocked()).isFalse();
  }
}
