package dev.shipshape.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.server.TestDatabase;
import dev.shipshape.server.intake.DeliveryEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Storage against both databases: one set of migrations, the same behaviour. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sqlite", "postgresql"})
class StoreTest {
  @Parameter String kind;
  @TempDir Path temp;
  private TestDatabase testDb;
  private Database db;
  private RepositoryStore repositories;

  @BeforeEach
  void open() {
    testDb = TestDatabase.create(kind, temp);
    db = Database.open(testDb.url(), testDb.dataDir(), 4);
    repositories = new RepositoryStore(db);
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
    if (testDb != null) {
      testDb.close();
    }
  }

  @Test
  void migratesTheDialectItWasGiven() {
    assertThat(db.dialect().name().toLowerCase()).isEqualTo(kind);
    // Opening again finds the schema up to date.
    Database.open(testDb.url(), testDb.dataDir(), 2).close();
  }

  @Test
  void aNameIsRegisteredOnce() {
    assertThat(repositories.register("payments", "/srv/payments", "team-a", 60, 1000)).isPresent();
    assertThat(repositories.register("payments", "/elsewhere", null, null, 2000)).isEmpty();
    RegisteredRepository r = repositories.find("payments").orElseThrow();
    assertThat(r.location()).isEqualTo("/srv/payments");
    assertThat(r.scanRequestedAt()).isEqualTo(1000);
    assertThat(r.nextScanAt()).isEqualTo(1000 + 60 * 60_000L);
  }

  @Test
  void aClaimIsExclusiveUntilItGoesStale() {
    long id = repositories.register("r", "/r", null, null, 0).orElseThrow().id();
    assertThat(repositories.claim(id, "a", 1000, 0)).isTrue();
    assertThat(repositories.claim(id, "b", 1001, 0)).isFalse();
    // a's claim (taken at 1000) is stale for b once the lease puts staleBefore past it
    assertThat(repositories.claim(id, "b", 5000, 1001)).isTrue();
    assertThat(repositories.findById(id).orElseThrow().claimedBy()).isEqualTo("b");
  }

  @Test
  void dueListsRequestedAndScheduledButNotClaimed() {
    long requested = repositories.register("a", "/a", null, null, 100).orElseThrow().id();
    long scheduled = repositories.register("b", "/b", null, 5, 100).orElseThrow().id();
    new ReportStore(db).saveScan(scheduled, "n", -1, 200, 200, null, digest(), "{}", null);
    assertThat(repositories.due(300, 0, 10)).containsExactly(requested);
    assertThat(repositories.due(200 + 5 * 60_000L, 0, 10)).containsExactly(requested, scheduled);
    repositories.claim(requested, "n", 300, 0);
    assertThat(repositories.due(200 + 5 * 60_000L, 0, 10)).containsExactly(scheduled);
  }

  @Test
  void aSavedScanBecomesLatestAndKeepsThePrevious() {
    long id = repositories.register("r", "/r", null, null, 0).orElseThrow().id();
    ReportStore reports = new ReportStore(db);
    repositories.claim(id, "n", 10, 0);
    long first =
        reports.saveScan(
            id,
            "n",
            reports.startRun(id, "n", 10),
            10,
            20,
            "abc",
            digest(40),
            "{\"a\":1}",
            "<p>1</p>");
    long second =
        reports.saveScan(
            id, "n", reports.startRun(id, "n", 30), 30, 40, "def", digest(55), "{\"a\":2}", null);
    ReportStore.PortfolioRow row = reports.portfolio().get(0);
    assertThat(row.repository().latestReportId()).isEqualTo(second);
    assertThat(row.latest().score()).isEqualTo(55);
    assertThat(row.previousScore()).isEqualTo(40);
    assertThat(row.repository().claimedBy()).isNull();
    assertThat(row.repository().scanRequestedAt()).isNull();
    assertThat(reports.history(id))
        .extracting(ReportStore.ReportEntry::id)
        .containsExactly(first, second);
    assertThat(reports.reportJson(first)).contains("{\"a\":1}");
    assertThat(reports.reportHtml(first)).contains("<p>1</p>");
    assertThat(reports.reportHtml(second)).isEmpty();
    assertThat(reports.recentReports(id, 5))
        .extracting(ReportStore.StoredReport::json)
        .containsExactly("{\"a\":1}", "{\"a\":2}");
    assertThat(reports.recentReports(id, 1))
        .extracting(ReportStore.StoredReport::json)
        .containsExactly("{\"a\":2}");
  }

  @Test
  void anEventIdIsStoredOnceAndAnIncidentIsCompletedByItsResolution() {
    EventStore events = new EventStore(db);
    DeliveryEvent deploy =
        DeliveryEvent.deployment(
            "d1",
            "shipshape",
            "api",
            "production",
            "abcdef1",
            "success",
            Instant.parse("2026-01-05T10:00:00Z"));
    assertThat(events.store("p", deploy, "{}", 1)).isEqualTo(EventStore.Outcome.STORED);
    assertThat(events.store("p", deploy, "{}", 2)).isEqualTo(EventStore.Outcome.DUPLICATE);
    assertThat(events.store("other", deploy, "{}", 2)).isEqualTo(EventStore.Outcome.STORED);

    Instant opened = Instant.parse("2026-01-06T10:00:00Z");
    events.store(
        "p", DeliveryEvent.incident("i1", "cdevents", null, opened, null, null, null), "{}", 3);
    DeliveryEvent resolved =
        DeliveryEvent.incident("i1", "cdevents", null, null, opened.plusSeconds(3600), null, null);
    assertThat(events.store("p", resolved, "{}", 4)).isEqualTo(EventStore.Outcome.UPDATED);
    assertThat(events.store("p", resolved, "{}", 5)).isEqualTo(EventStore.Outcome.DUPLICATE);
    DeliveryEvent incident = events.events("p").get(1);
    assertThat(incident.createdAt()).isEqualTo(opened);
    assertThat(incident.resolvedAt()).isEqualTo(opened.plusSeconds(3600));
    assertThat(events.counts("p")).isEqualTo(new EventStore.Counts(1, 0, 1));
    assertThat(events.resolve("p", "nope", opened)).isFalse();
  }

  @Test
  void tokensAreStoredOnlyAsHashes() {
    TokenStore tokens = new TokenStore(db);
    String admin = tokens.createFirstAdminToken(1).orElseThrow();
    assertThat(tokens.createFirstAdminToken(2)).isEmpty();
    String project = tokens.create("payments", "ci", 3);
    assertThat(tokens.find(admin).orElseThrow().admin()).isTrue();
    TokenStore.Principal p = tokens.find(project).orElseThrow();
    assertThat(p.mayWrite("payments")).isTrue();
    assertThat(p.mayWrite("billing")).isFalse();
    assertThat(tokens.find(admin + "x")).isEmpty();
    assertThat(db.query("SELECT token_hash FROM api_tokens", rs -> rs.getString(1)))
        .hasSize(2)
        .doesNotContain(admin, project)
        .contains(TokenStore.hash(admin));
  }

  @Test
  void surveyAnswersAreReplacedPerQuestion() {
    SurveyStore survey = new SurveyStore(db);
    survey.answer("core", Map.of("on-call", "operations-team", "releases", "product-team"), 1);
    survey.answer("core", Map.of("on-call", "product-team"), 2);
    assertThat(survey.answers("core"))
        .containsEntry("on-call", "product-team")
        .containsEntry("releases", "product-team");
    assertThat(survey.teams()).containsExactly("core");
  }

  @Test
  void theHolderOpensEveryStoreOnTheOneDatabase() {
    Stores stores = Stores.of(db);
    stores.repositories().register("payments", "/srv/payments", null, null, 1);
    assertThat(stores.reports().portfolio())
        .extracting(row -> row.repository().name())
        .containsExactly("payments");
    stores
        .events()
        .store(
            "payments",
            DeliveryEvent.deployment(
                "d1", "shipshape", "api", "production", "abcdef1", "success", Instant.EPOCH),
            "{}",
            2);
    assertThat(stores.events().counts("payments")).isEqualTo(new EventStore.Counts(1, 0, 0));
    assertThat(stores.tokens().find(stores.tokens().create("payments", "ci", 3))).isPresent();
    stores.survey().answer("core", Map.of("on-call", "product-team"), 4);
    assertThat(stores.survey().teams()).containsExactly("core");
  }

  private static ReportDigest digest() {
    return digest(50);
  }

  private static ReportDigest digest(int score) {
    return new ReportDigest(
        score, "traditional", Map.of(), Map.of(), java.util.List.of(), java.util.List.of());
  }
}
