package dev.shipshape.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.server.intake.DeliveryEvent;
import dev.shipshape.server.intake.EventIntake;
import dev.shipshape.server.intake.MalformedEvent;
import dev.shipshape.server.scan.ScanWorker;
import dev.shipshape.server.store.EventStore;
import dev.shipshape.server.store.RegisteredRepository;
import dev.shipshape.server.store.ReportStore;
import dev.shipshape.server.store.RepositoryStore;
import dev.shipshape.server.store.Stores;
import dev.shipshape.server.store.SurveyStore;
import dev.shipshape.server.store.TokenStore;
import dev.shipshape.server.store.TokenStore.Principal;
import dev.shipshape.server.survey.SurveyQuestions;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The JSON API: repositories, scans, reports, event intake, tokens and survey answers. */
public final class JsonApi {
  /** Repository (and so project) names: safe in a URL path and a file name. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  public static final int DEFAULT_SCHEDULE_MINUTES = 24 * 60;
  private static final int MAX_EVENTS_PER_REQUEST = 1000;

  private final RepositoryStore repositories;
  private final ReportStore reports;
  private final EventStore events;
  private final TokenStore tokens;
  private final SurveyStore survey;
  private final ScanWorker worker;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final ObjectMapper json;

  public JsonApi(
      Stores stores, ScanWorker worker, Clock clock, MeterRegistry metrics, ObjectMapper json) {
    this.repositories = stores.repositories();
    this.reports = stores.reports();
    this.events = stores.events();
    this.tokens = stores.tokens();
    this.survey = stores.survey();
    this.worker = worker;
    this.clock = clock;
    this.metrics = metrics;
    this.json = json;
  }

  /** Every route of the API (OpenApiTest holds them against docs/openapi.yaml). */
  public List<Route> routes() {
    return List.of(
        Route.get("/api/repositories", this::listRepositories),
        Route.post("/api/repositories", this::registerRepository),
        Route.get("/api/repositories/{name}", this::showRepository),
        Route.put("/api/repositories/{name}/webhook-secret", this::setWebhookSecret),
        Route.post("/api/repositories/{name}/scans", this::requestScan),
        Route.get("/api/repositories/{name}/reports", this::history),
        Route.get("/api/repositories/{name}/reports/latest", this::latestReport),
        Route.get("/api/repositories/{name}/reports/{id}", this::report),
        Route.post("/api/tokens", this::createToken),
        Route.get("/api/projects/{project}/events", this::listEvents),
        Route.post("/api/projects/{project}/events", this::nativeEvents),
        Route.post("/api/webhooks/devlake/{project}/deployments", this::devLakeDeployment),
        Route.post("/api/webhooks/devlake/{project}/issues", this::devLakeIssue),
        Route.post("/api/webhooks/devlake/{project}/issues/{key}/close", this::devLakeClose),
        Route.post("/api/webhooks/cdevents/{project}", this::cdEvent),
        Route.get("/api/teams/{team}/survey", this::showSurvey),
        Route.put("/api/teams/{team}/survey", this::answerSurvey));
  }

  // --- repositories ----------------------------------------------------------------------------

  private void listRepositories(Context ctx) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReportStore.PortfolioRow row : reports.portfolio()) {
      rows.add(repositoryJson(row.repository(), row));
    }
    ctx.json(Map.of("repositories", rows));
  }

  private void registerRepository(Context ctx) {
    requireAdmin(ctx);
    JsonNode body = body(ctx);
    String name = text(body, "name", true);
    if (!NAME.matcher(name).matches()) {
      throw ApiError.badRequest(
          "'name' must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    String location = checkLocation(text(body, "location", true));
    String team = text(body, "team", false);
    Integer schedule = scheduleMinutes(body);
    RegisteredRepository created =
        repositories
            .register(name, location, team, schedule, clock.millis())
            .orElseThrow(() -> ApiError.conflict("a repository named '" + name + "' exists"));
    worker.wake();
    ctx.status(201).json(repositoryJson(created, null));
  }

  private void showRepository(Context ctx) {
    RegisteredRepository repository = repository(ctx.pathParam("name"));
    ReportStore.PortfolioRow row =
        reports.portfolio().stream()
            .filter(r -> r.repository().id() == repository.id())
            .findFirst()
            .orElse(null);
    ctx.json(repositoryJson(repository, row));
  }

  private void setWebhookSecret(Context ctx) {
    requireAdmin(ctx);
    RegisteredRepository repository = repository(ctx.pathParam("name"));
    String secret = text(body(ctx), "secret", false);
    if (secret != null && (secret.length() < 16 || secret.length() > 200)) {
      throw ApiError.badRequest("'secret' must be 16 to 200 characters (null turns signing off)");
    }
    repositories.setWebhookSecret(repository.id(), secret);
    ctx.status(204);
  }

  private void requestScan(Context ctx) {
    String name = ctx.pathParam("name");
    Principal who = requireToken(ctx);
    if (!who.mayWrite(name)) {
      throw ApiError.forbidden();
    }
    RegisteredRepository repository = repository(name);
    repositories.requestScan(repository.id(), clock.millis());
    worker.wake();
    ctx.status(202).json(Map.of("repository", name, "scan", "requested"));
  }

  private void history(Context ctx) {
    RegisteredRepository repository = repository(ctx.pathParam("name"));
    List<Map<String, Object>> entries = new ArrayList<>();
    for (ReportStore.ReportEntry e : reports.history(repository.id())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("scannedAt", Instant.ofEpochMilli(e.scannedAt()).toString());
      m.put("revision", e.revision());
      m.put("score", e.score());
      m.put("stage", e.stage());
      entries.add(m);
    }
    ctx.json(Map.of("repository", repository.name(), "reports", entries));
  }

  private void latestReport(Context ctx) {
    RegisteredRepository repository = repository(ctx.pathParam("name"));
    if (repository.latestReportId() == null) {
      throw ApiError.notFound("a report of '" + repository.name() + "'");
    }
    ctx.contentType("application/json")
        .result(reports.reportJson(repository.latestReportId()).orElseThrow());
  }

  private void report(Context ctx) {
    RegisteredRepository repository = repository(ctx.pathParam("name"));
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("the report id must be a number or 'latest'");
    }
    boolean ours = reports.history(repository.id()).stream().anyMatch(e -> e.id() == id);
    if (!ours) {
      throw ApiError.notFound("report " + id + " of '" + repository.name() + "'");
    }
    ctx.contentType("application/json").result(reports.reportJson(id).orElseThrow());
  }

  // --- tokens -----------------------------------------------------------------------------------

  private void createToken(Context ctx) {
    requireAdmin(ctx);
    JsonNode body = body(ctx);
    String project = text(body, "project", false);
    String label = Optional.ofNullable(text(body, "label", false)).orElse("api token");
    if (project != null) {
      repository(project);
    }
    String token = tokens.create(project, label, clock.millis());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", token);
    m.put("project", project);
    m.put("label", label);
    ctx.status(201).json(m);
  }

  // --- events -----------------------------------------------------------------------------------

  private void listEvents(Context ctx) {
    String project = ctx.pathParam("project");
    repository(project);
    List<Map<String, Object>> list = new ArrayList<>();
    for (DeliveryEvent e : events.events(project)) {
      list.add(eventJson(e));
    }
    ctx.json(Map.of("project", project, "events", list));
  }

  private void nativeEvents(Context ctx) {
    intake(ctx, EventIntake.NATIVE, true, EventIntake::nativeEvent);
  }

  private void devLakeDeployment(Context ctx) {
    intake(ctx, EventIntake.DEVLAKE, false, EventIntake::devLakeDeployment);
  }

  private void cdEvent(Context ctx) {
    intake(ctx, EventIntake.CDEVENTS, false, EventIntake::cdEvent);
  }

  private void devLakeIssue(Context ctx) {
    String project = ctx.pathParam("project");
    byte[] raw = authorizeWebhook(ctx, project);
    JsonNode node = parse(raw);
    Optional<DeliveryEvent> incident;
    try {
      incident = EventIntake.devLakeIssue(node);
    } catch (MalformedEvent e) {
      count(EventIntake.DEVLAKE, "rejected");
      throw ApiError.badRequest(e.getMessage());
    }
    if (incident.isEmpty()) {
      count(EventIntake.DEVLAKE, "ignored");
      ctx.json(Map.of("stored", 0, "duplicates", 0, "ignored", 1));
      return;
    }
    EventStore.Outcome outcome =
        events.store(project, incident.get(), node.toString(), clock.millis());
    count(EventIntake.DEVLAKE, outcome.name().toLowerCase(java.util.Locale.ROOT));
    ctx.json(outcomeJson(List.of(outcome), List.of()));
  }

  private void devLakeClose(Context ctx) {
    String project = ctx.pathParam("project");
    authorizeWebhook(ctx, project);
    String key = ctx.pathParam("key");
    if (!events.resolve(project, key, clock.instant())) {
      throw ApiError.notFound("incident '" + key + "'");
    }
    count(EventIntake.DEVLAKE, "updated");
    ctx.json(Map.of("incident", key, "resolved", true));
  }

  /**
   * Authenticates, parses and stores one event or (where {@code many}) a JSON array of them; each
   * is committed before the response is sent, and an id seen before changes nothing.
   */
  private void intake(
      Context ctx, String format, boolean many, Function<JsonNode, DeliveryEvent> parser) {
    String project = ctx.pathParam("project");
    byte[] raw = authorizeWebhook(ctx, project);
    JsonNode root = parse(raw);
    List<JsonNode> items = new ArrayList<>();
    if (many && root.isArray()) {
      if (root.size() > MAX_EVENTS_PER_REQUEST) {
        throw ApiError.badRequest(
            "at most " + MAX_EVENTS_PER_REQUEST + " events per request; send the rest in another");
      }
      root.forEach(items::add);
    } else {
      items.add(root);
    }
    List<EventStore.Outcome> outcomes = new ArrayList<>();
    List<Map<String, Object>> rejected = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      DeliveryEvent event;
      try {
        event = parser.apply(item);
      } catch (MalformedEvent e) {
        count(format, "rejected");
        rejected.add(Map.of("index", i, "reason", e.getMessage()));
        continue;
      }
      EventStore.Outcome outcome = events.store(project, event, item.toString(), clock.millis());
      count(format, outcome.name().toLowerCase(java.util.Locale.ROOT));
      outcomes.add(outcome);
    }
    if (outcomes.isEmpty() && !rejected.isEmpty()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", "bad-request");
      error.put(
          "reason",
          (items.size() > 1 ? "event " + rejected.get(0).get("index") + ": " : "")
              + rejected.get(0).get("reason"));
      if (items.size() > 1) {
        error.put("rejected", rejected);
      }
      ctx.status(400).json(error);
      return;
    }
    ctx.json(outcomeJson(outcomes, rejected));
  }

  private static Map<String, Object> outcomeJson(
      List<EventStore.Outcome> outcomes, List<Map<String, Object>> rejected) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("stored", outcomes.stream().filter(o -> o == EventStore.Outcome.STORED).count());
    m.put("updated", outcomes.stream().filter(o -> o == EventStore.Outcome.UPDATED).count());
    m.put("duplicates", outcomes.stream().filter(o -> o == EventStore.Outcome.DUPLICATE).count());
    m.put("rejected", rejected);
    return m;
  }

  private void count(String format, String outcome) {
    metrics.counter("shipshape.events", "format", format, "outcome", outcome).increment();
  }

  // --- survey -----------------------------------------------------------------------------------

  private void showSurvey(Context ctx) {
    String team = ctx.pathParam("team");
    ctx.json(Map.of("team", team, "answers", survey.answers(team)));
  }

  private void answerSurvey(Context ctx) {
    requireAdmin(ctx);
    String team = ctx.pathParam("team");
    if (!NAME.matcher(team).matches()) {
      throw ApiError.badRequest("the team name must be letters, digits, '.', '_' or '-'");
    }
    JsonNode body = body(ctx);
    JsonNode answers = body.get("answers");
    if (answers == null || !answers.isObject()) {
      throw ApiError.badRequest("'answers' must be an object of question id to answer id");
    }
    Map<String, String> chosen = new LinkedHashMap<>();
    answers
        .fields()
        .forEachRemaining(
            e -> {
              String answer = e.getValue().isTextual() ? e.getValue().asText() : null;
              String problem = SurveyQuestions.problem(e.getKey(), answer);
              if (problem != null) {
                throw ApiError.badRequest(problem);
              }
              chosen.put(e.getKey(), answer);
            });
    survey.answer(team, chosen, clock.millis());
    ctx.json(Map.of("team", team, "answers", survey.answers(team)));
  }

  // --- authentication -------------------------------------------------------------------------

  Principal requireToken(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized();
    }
    return tokens.find(header.substring(7).trim()).orElseThrow(ApiError::unauthorized);
  }

  private Principal requireAdmin(Context ctx) {
    Principal who = requireToken(ctx);
    if (!who.admin()) {
      throw ApiError.forbidden();
    }
    return who;
  }

  /**
   * A webhook is authenticated by the project's HMAC signature when it has a secret, else by a
   * token for the project; then the project must exist (so a stranger learns nothing of which
   * projects do). Returns the body, read within the size limit.
   */
  private byte[] authorizeWebhook(Context ctx, String project) {
    byte[] raw = ctx.bodyAsBytes();
    Optional<RepositoryStore.IntakeTarget> target = repositories.intakeTarget(project);
    String secret = target.map(RepositoryStore.IntakeTarget::webhookSecret).orElse(null);
    if (secret != null) {
      if (!WebhookSignature.valid(secret, raw, ctx.header(WebhookSignature.HEADER))) {
        throw ApiError.unauthorized();
      }
      return raw;
    }
    if (!requireToken(ctx).mayWrite(project)) {
      throw ApiError.forbidden();
    }
    if (target.isEmpty()) {
      throw ApiError.notFound("repository '" + project + "'");
    }
    return raw;
  }

  // --- helpers ----------------------------------------------------------------------------------

  private RegisteredRepository repository(String name) {
    return repositories
        .find(name)
        .orElseThrow(() -> ApiError.notFound("repository '" + name + "'"));
  }

  private JsonNode body(Context ctx) {
    JsonNode node = parse(ctx.bodyAsBytes());
    if (!node.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    return node;
  }

  private JsonNode parse(byte[] raw) {
    if (raw.length == 0) {
      throw ApiError.badRequest("the body is empty: send JSON");
    }
    try {
      JsonNode node = json.readTree(raw);
      if (node == null || node.isMissingNode()) {
        throw ApiError.badRequest("the body is empty: send JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "the body is not valid JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (java.io.IOException e) {
      throw ApiError.badRequest("the body could not be read");
    }
  }

  private static String text(JsonNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw ApiError.badRequest("'" + field + "' is required");
      }
      return null;
    }
    if (!v.isTextual() || (required && v.asText().isBlank())) {
      throw ApiError.badRequest("'" + field + "' must be a non-empty string");
    }
    if (v.asText().length() > 2000) {
      throw ApiError.badRequest("'" + field + "' is longer than 2000 characters");
    }
    return v.asText();
  }

  private static Integer scheduleMinutes(JsonNode body) {
    JsonNode v = body.get("scheduleMinutes");
    if (v == null) {
      return DEFAULT_SCHEDULE_MINUTES;
    }
    if (v.isNull()) {
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 5) {
      throw ApiError.badRequest(
          "'scheduleMinutes' must be a whole number of minutes, at least 5, or null");
    }
    return v.asInt();
  }

  /** A URL git can clone, or a folder that exists on the server. */
  public static String checkLocation(String location) {
    String l = location.trim();
    if (l.matches("(?i)(https?|ssh|git|file)://\\S+") || l.matches("[\\w.-]+@[\\w.-]+:\\S+")) {
      return l;
    }
    try {
      if (!Files.isDirectory(Path.of(l))) {
        throw ApiError.badRequest("'location' is neither a URL nor a folder on the server");
      }
    } catch (InvalidPathException e) {
      throw ApiError.badRequest("'location' is neither a URL nor a folder on the server");
    }
    return l;
  }

  private static Map<String, Object> repositoryJson(
      RegisteredRepository r, ReportStore.PortfolioRow row) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("location", r.location());
    m.put("team", r.team());
    m.put("scheduleMinutes", r.scanIntervalMinutes());
    m.put(
        "nextScanAt",
        r.nextScanAt() == null ? null : Instant.ofEpochMilli(r.nextScanAt()).toString());
    m.put("scanRequested", r.scanRequestedAt() != null);
    m.put("lastError", r.lastError());
    if (row != null && row.latest() != null) {
      Map<String, Object> latest = new LinkedHashMap<>();
      latest.put("scannedAt", Instant.ofEpochMilli(row.scannedAt()).toString());
      latest.put("score", row.latest().score());
      latest.put("previousScore", row.previousScore());
      latest.put("stage", row.latest().stage());
      latest.put("practiceLevels", row.latest().practiceLevels());
      latest.put("bands", row.latest().bands());
      latest.put("inventory", row.latest().inventory());
      m.put("latest", latest);
    } else {
      m.put("latest", null);
    }
    return m;
  }

  private static Map<String, Object> eventJson(DeliveryEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.kind().id());
    m.put("id", e.id());
    m.put("format", e.format());
    m.put("service", e.service());
    if (e.kind() != DeliveryEvent.Kind.INCIDENT) {
      m.put("environment", e.environment());
      m.put("commit", e.commit());
      m.put("result", e.result());
      m.put("finishedAt", time(e.finishedAt()));
      m.put("artifact", e.artifact());
    } else {
      m.put("createdAt", time(e.createdAt()));
      m.put("resolvedAt", time(e.resolvedAt()));
      m.put("deploymentId", e.deploymentId());
      m.put("rootCauseCommit", e.rootCauseCommit());
    }
    return m;
  }

  private static String time(Instant t) {
    return t == null ? null : t.toString();
  }
}
