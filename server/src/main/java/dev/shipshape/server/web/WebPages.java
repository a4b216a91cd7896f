package dev.shipshape.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.model.Practice;
import dev.shipshape.model.Stage;
import dev.shipshape.model.Wall;
import dev.shipshape.server.Server;
import dev.shipshape.server.api.ApiError;
import dev.shipshape.server.api.JsonApi;
import dev.shipshape.server.scan.ScanWorker;
import dev.shipshape.server.store.EventStore;
import dev.shipshape.server.store.RegisteredRepository;
import dev.shipshape.server.store.ReportDigest;
import dev.shipshape.server.store.ReportStore;
import dev.shipshape.server.store.ReportStore.PortfolioRow;
import dev.shipshape.server.store.RepositoryStore;
import dev.shipshape.server.store.Stores;
import dev.shipshape.server.store.SurveyStore;
import dev.shipshape.server.store.TokenStore;
import dev.shipshape.server.store.TokenStore.Principal;
import dev.shipshape.server.survey.CombinedStage;
import dev.shipshape.server.survey.SurveyQuestions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The web interface: server-rendered pages, escaped output, a CSRF token on every form (an HMAC of
 * a per-browser cookie), sign-in with an API token.
 */
public final class WebPages {
  static final String SESSION_COOKIE = "shipshape_session";
  static final String CSRF_COOKIE = "shipshape_csrf";
  private static final Duration SESSION_LENGTH = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RepositoryStore repositories;
  private final ReportStore reports;
  private final EventStore events;
  private final TokenStore tokens;
  private final SurveyStore survey;
  private final ScanWorker worker;
  private final Clock clock;
  private final ObjectMapper json;
  private final String secret;
  private final String stylesheet;

  public WebPages(Stores stores, ScanWorker worker, Clock clock, ObjectMapper json) {
    this.repositories = stores.repositories();
    this.reports = stores.reports();
    this.events = stores.events();
    this.tokens = stores.tokens();
    this.survey = stores.survey();
    this.worker = worker;
    this.clock = clock;
    this.json = json;
    this.secret = tokens.serverSecret();
    try (InputStream in = WebPages.class.getResourceAsStream("style.css")) {
      this.stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void register(Javalin app) {
    app.get("/", this::dashboard);
    app.get("/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(stylesheet));
    app.get("/repositories/{name}", this::repositoryPage);
    app.get("/repositories/{name}/report.html", this::reportPage);
    app.post("/repositories/{name}/scan", this::scan);
    app.get("/register", ctx -> registerForm(ctx, null, Map.of()));
    app.post("/register", this::registerRepository);
    app.get("/teams/{team}/survey", ctx -> surveyForm(ctx, null));
    app.post("/teams/{team}/survey", this::answerSurvey);
    app.get("/login", ctx -> loginForm(ctx, null));
    app.post("/login", this::login);
    app.post("/logout", this::logout);
  }

  // --- dashboard --------------------------------------------------------------------------------

  private void dashboard(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("name");
    DashboardFilter filter = DashboardFilter.parse(q);
    List<PortfolioRow> all = reports.portfolio();
    List<PortfolioRow> rows = new ArrayList<>(all.stream().filter(filter::matches).toList());
    rows.sort(order(sort));
    long staleBefore = clock.millis() - Duration.ofMinutes(15).toMillis();

    Html h = new Html();
    h.raw("<h1>Portfolio</h1>");
    h.raw(
            "<form method=\"get\" action=\"/\" class=\"filter\"><label>Filter <input id=\"q\" name=\"q\"")
        .attr("value", q)
        .raw(
            " placeholder=\"uses terraform, no sast, stage traditional, ci-cd >= 3\" size=\"50\"></label>")
        .raw(" <label>Sort <select id=\"sort\" name=\"sort\">");
    for (String s : List.of("name", "score", "stage", "trend")) {
      h.raw("<option")
          .attr("value", s)
          .raw(s.equals(sort) ? " selected" : "")
          .raw(">")
          .text(s)
          .raw("</option>");
    }
    h.raw("</select></label> <button type=\"submit\" id=\"apply\">Apply</button></form>");
    for (String p : filter.problems()) {
      h.raw("<p class=\"problem\">").text(p).raw("</p>");
    }
    h.raw("<p class=\"count\" id=\"count\">")
        .text(rows.size() + " of " + all.size() + " repositories")
        .raw("</p>");
    h.raw(
            "<table id=\"portfolio\"><thead><tr><th>Repository</th><th>Team</th><th>Score</th><th>Trend</th>")
        .raw("<th>Stage</th><th>DORA</th>");
    for (Practice p : Practice.values()) {
      h.raw("<th class=\"level\"")
          .attr("title", p.title())
          .raw(">")
          .text(abbreviation(p))
          .raw("</th>");
    }
    h.raw("<th>Status</th></tr></thead><tbody>");
    for (PortfolioRow row : rows) {
      RegisteredRepository r = row.repository();
      ReportDigest d = row.latest();
      h.raw("<tr class=\"repository\"")
          .attr("data-name", r.name())
          .raw("><td><a")
          .attr("href", "/repositories/" + r.name())
          .raw(">")
          .text(r.name())
          .raw("</a></td><td>")
          .text(r.team())
          .raw("</td>");
      if (d == null) {
        h.raw("<td class=\"score\">–</td><td></td><td></td><td></td>");
        for (int i = 0; i < Practice.values().length; i++) {
          h.raw("<td></td>");
        }
      } else {
        h.raw("<td class=\"score\">").text(d.score() == null ? "–" : d.score()).raw("</td>");
        h.raw("<td class=\"trend\">").text(trend(d.score(), row.previousScore())).raw("</td>");
        h.raw("<td class=\"stage\">").text(stageTitle(d.stage())).raw("</td><td class=\"dora\">");
        for (Map.Entry<String, String> key :
            List.of(
                Map.entry("deploymentFrequency", "DF"), Map.entry("leadTime", "LT"),
                Map.entry("changeFailureRate", "CFR"), Map.entry("recoveryTime", "RT"))) {
          String band = d.bands().get(key.getKey());
          h.raw("<span")
              .attr("class", "band " + (band == null ? "unknown" : band))
              .attr(
                  "title",
                  ReportDigest.DORA_KEYS.get(key.getKey())
                      + ": "
                      + (band == null ? "unknown" : band))
              .raw(">")
              .text(key.getValue())
              .raw("</span> ");
        }
        h.raw("</td>");
        for (Practice p : Practice.values()) {
          Integer level = d.practiceLevels().get(p.id());
          h.raw("<td")
              .attr("class", "level l" + (level == null ? "x" : level))
              .raw(">")
              .text(level == null ? "·" : level)
              .raw("</td>");
        }
      }
      h.raw("<td class=\"status\">").text(status(r, staleBefore)).raw("</td></tr>");
    }
    h.raw("</tbody></table>");
    page(ctx, "Portfolio", h);
  }

  private static Comparator<PortfolioRow> order(String sort) {
    Comparator<PortfolioRow> byName = Comparator.comparing(r -> r.repository().name());
    return switch (sort) {
      case "score" ->
          Comparator.comparing(
                  (PortfolioRow r) ->
                      r.latest() == null || r.latest().score() == null ? -1 : r.latest().score())
              .reversed()
              .thenComparing(byName);
      case "stage" ->
          Comparator.comparing(
                  (PortfolioRow r) -> r.latest() == null ? -1 : stageOrdinal(r.latest().stage()))
              .thenComparing(byName);
      case "trend" -> Comparator.comparing(WebPages::delta).reversed().thenComparing(byName);
      default -> byName;
    };
  }

  private static int delta(PortfolioRow r) {
    if (r.latest() == null || r.latest().score() == null || r.previousScore() == null) {
      return Integer.MIN_VALUE;
    }
    return r.latest().score() - r.previousScore();
  }

  static String trend(Integer score, Integer previous) {
    if (score == null || previous == null) {
      return "";
    }
    return score > previous
        ? "▲ +" + (score - previous)
        : score < previous ? "▼ " + (score - previous) : "▶ 0";
  }

  private static String status(RegisteredRepository r, long staleBefore) {
    if (r.scanning(staleBefore)) {
      return "scanning";
    }
    if (r.scanRequestedAt() != null) {
      return "scan requested";
    }
    if (r.lastError() != null) {
      return "last scan failed";
    }
    return r.latestReportId() == null ? "not scanned" : "scanned";
  }

  // --- repository page --------------------------------------------------------------------------

  private void repositoryPage(Context ctx) {
    RegisteredRepository r =
        repositories.find(ctx.pathParam("name")).orElseThrow(() -> ApiError.notFound("repository"));
    Principal who = principal(ctx);
    String team = teamOf(r);
    Html h = new Html();
    h.raw("<h1>")
        .text(r.name())
        .raw("</h1><p class=\"location\">")
        .text(r.location())
        .raw(" · team <a")
        .attr("href", "/teams/" + team + "/survey")
        .raw(">")
        .text(team)
        .raw("</a>");
    h.raw(" · <span id=\"status\">")
        .text(status(r, clock.millis() - Duration.ofMinutes(15).toMillis()))
        .raw("</span></p>");
    if (r.lastError() != null) {
      h.raw("<p class=\"problem\">Last scan failed: ").text(r.lastError()).raw("</p>");
    }
    if (who != null && who.mayWrite(r.name())) {
      h.raw("<form method=\"post\"").attr("action", "/repositories/" + r.name() + "/scan").raw(">");
      csrfField(ctx, h);
      h.raw("<button type=\"submit\" id=\"scan\">Scan now</button></form>");
    }

    JsonNode report = null;
    if (r.latestReportId() != null) {
      try {
        report = json.readTree(reports.reportJson(r.latestReportId()).orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Map<String, String> answers = survey.answers(team);
    Stage evidence = report == null ? null : stageOf(report.path("summary").path("stage").asText());
    List<Wall> evidenceWalls = new ArrayList<>();
    if (report != null) {
      for (JsonNode w : report.path("summary").path("walls")) {
        List<String> because = new ArrayList<>();
        w.path("because").forEach(b -> because.add(b.asText()));
        evidenceWalls.add(new Wall(w.path("between").asText(), because));
      }
    }
    CombinedStage combined = CombinedStage.of(evidence, evidenceWalls, answers);
    h.raw(
            "<section class=\"stage\" id=\"stage\"><h2>Stage</h2><table><tr><th>From the repository</th><th>From the team survey</th><th>Combined</th></tr><tr><td>")
        .text(evidence == null ? "not scanned yet" : evidence.title())
        .raw("</td><td id=\"survey-stage\">")
        .text(combined.surveyStage() == null ? "not answered" : combined.surveyStage().title())
        .raw("</td><td id=\"combined-stage\"><strong>")
        .text(combined.stage() == null ? "unknown" : combined.stage().title())
        .raw("</strong></td></tr></table>");
    if (!combined.walls().isEmpty()) {
      h.raw("<h3>Walls</h3><ul id=\"walls\">");
      for (Wall w : combined.walls()) {
        h.raw("<li>between ")
            .text(w.between())
            .raw(": <span class=\"because\">")
            .text(String.join(", ", w.because().stream().map(WebPages::because).toList()))
            .raw("</span></li>");
      }
      h.raw("</ul>");
    }
    if (!answers.isEmpty()) {
      h.raw("<h3>Team survey (").text(team).raw(")</h3><dl class=\"answers\">");
      for (SurveyQuestions.Question q : SurveyQuestions.ALL) {
        String a = answers.get(q.id());
        if (a != null) {
          h.raw("<dt>")
              .text(q.text())
              .raw("</dt><dd>")
              .text(q.option(a).map(SurveyQuestions.Option::text).orElse(a))
              .raw("</dd>");
        }
      }
      h.raw("</dl>");
    }
    h.raw("</section>");

    h.raw("<section><h2>History</h2>");
    HistoryChart.write(h, reports.history(r.id()));
    EventStore.Counts counts = events.counts(r.name());
    h.raw("<p class=\"events\">Events received: ")
        .text(
            counts.deployments()
                + " deployments ("
                + counts.failedDeployments()
                + " failed), "
                + counts.incidents()
                + " incidents")
        .raw("</p></section>");

    if (report != null) {
      JsonNode summary = report.path("summary");
      h.raw("<section class=\"report\" id=\"report\"><h2>Latest report</h2><p>Score <strong")
          .raw(" id=\"score\">")
          .text(summary.path("score").isNull() ? "–" : summary.path("score").asText())
          .raw("</strong> at revision <code>")
          .text(report.path("repository").path("revision").asText(""))
          .raw("</code> · <a id=\"full-report\"")
          .attr("href", "/repositories/" + r.name() + "/report.html")
          .raw(">the full report</a> (checks, evidence, delivery metrics, inventory, trend)</p>")
          .raw("</section>");
    }
    page(ctx, r.name(), h);
  }

  /**
   * The latest report as render's HTML page, drawn at scan time with the repository's history as
   * its trend. It is a document of its own, with its own policy: inline style and data images only,
   * sandboxed, never framed.
   */
  private void reportPage(Context ctx) {
    RegisteredRepository r =
        repositories.find(ctx.pathParam("name")).orElseThrow(() -> ApiError.notFound("repository"));
    if (r.latestReportId() == null) {
      throw ApiError.notFound("report of '" + r.name() + "' (not scanned yet)");
    }
    String html =
        reports
            .reportHtml(r.latestReportId())
            .orElseThrow(
                () -> ApiError.notFound("HTML report of '" + r.name() + "' (scan it again)"));
    ctx.header("Content-Security-Policy", Server.REPORT_CSP);
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  private static String because(String reason) {
    if (reason.startsWith("survey/")) {
      return "team survey: "
          + SurveyQuestions.question(reason.substring(7))
              .map(SurveyQuestions.Question::text)
              .orElse(reason);
    }
    return reason;
  }

  private void scan(Context ctx) {
    Principal who = requireSignedIn(ctx);
    checkCsrf(ctx);
    RegisteredRepository r =
        repositories.find(ctx.pathParam("name")).orElseThrow(() -> ApiError.notFound("repository"));
    if (!who.mayWrite(r.name())) {
      throw ApiError.forbidden();
    }
    repositories.requestScan(r.id(), clock.millis());
    worker.wake();
    ctx.redirect("/repositories/" + r.name(), HttpStatus.SEE_OTHER);
  }

  // --- register ---------------------------------------------------------------------------------

  private void registerForm(Context ctx, String error, Map<String, String> values) {
    Principal who = principal(ctx);
    if (who == null) {
      ctx.redirect("/login", HttpStatus.SEE_OTHER);
      return;
    }
    Html h = new Html();
    h.raw("<h1>Register a repository</h1>");
    if (error != null) {
      h.raw("<p class=\"problem\" id=\"error\">").text(error).raw("</p>");
    }
    h.raw("<form method=\"post\" action=\"/register\" class=\"stacked\">");
    csrfField(ctx, h);
    field(h, "name", "Name (also the project name for events)", values.get("name"));
    field(h, "location", "Location: a folder on the server or a git URL", values.get("location"));
    field(h, "team", "Team", values.get("team"));
    field(
        h,
        "schedule",
        "Scan every … minutes (empty: on demand only)",
        values.getOrDefault("schedule", Integer.toString(JsonApi.DEFAULT_SCHEDULE_MINUTES)));
    h.raw("<button type=\"submit\" id=\"register\">Register and scan</button></form>");
    page(ctx, "Register a repository", h);
  }

  private static void field(Html h, String name, String label, String value) {
    h.raw("<label>")
        .text(label)
        .raw(" <input")
        .attr("id", name)
        .attr("name", name)
        .attr("value", value == null ? "" : value)
        .raw("></label>");
  }

  private void registerRepository(Context ctx) {
    Principal who = requireSignedIn(ctx);
    checkCsrf(ctx);
    if (!who.admin()) {
      throw ApiError.forbidden();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String f : List.of("name", "location", "team", "schedule")) {
      String v = ctx.formParam(f);
      values.put(f, v == null ? "" : v.trim());
    }
    String name = values.get("name");
    try {
      if (!JsonApi.NAME.matcher(name).matches()) {
        throw ApiError.badRequest("The name must be letters, digits, '.', '_' or '-'.");
      }
      if (values.get("location").isEmpty()) {
        throw ApiError.badRequest("The location is required.");
      }
      String location = JsonApi.checkLocation(values.get("location"));
      Integer schedule = null;
      if (!values.get("schedule").isEmpty()) {
        try {
          schedule = Integer.parseInt(values.get("schedule"));
        } catch (NumberFormatException e) {
          throw ApiError.badRequest("The schedule must be a number of minutes.");
        }
        if (schedule < 5) {
          throw ApiError.badRequest("The schedule must be at least 5 minutes.");
        }
      }
      String team = values.get("team").isEmpty() ? null : values.get("team");
      if (team != null && !JsonApi.NAME.matcher(team).matches()) {
        throw ApiError.badRequest("The team must be letters, digits, '.', '_' or '-'.");
      }
      repositories
          .register(name, location, team, schedule, clock.millis())
          .orElseThrow(() -> ApiError.conflict("A repository named '" + name + "' exists."));
    } catch (ApiError e) {
      ctx.status(e.status());
      registerForm(ctx, e.getMessage(), values);
      return;
    }
    worker.wake();
    ctx.redirect("/repositories/" + name, HttpStatus.SEE_OTHER);
  }

  // --- survey -----------------------------------------------------------------------------------

  private void surveyForm(Context ctx, String message) {
    String team = ctx.pathParam("team");
    if (!JsonApi.NAME.matcher(team).matches()) {
      throw ApiError.notFound("team");
    }
    Principal who = principal(ctx);
    Map<String, String> answers = survey.answers(team);
    Html h = new Html();
    h.raw("<h1>How team ").text(team).raw(" works</h1>");
    h.raw(
        "<p>Answers are combined with the evidence of the team's repositories: a silo named here is a wall in their stage.</p>");
    if (message != null) {
      h.raw("<p class=\"saved\" id=\"saved\">").text(message).raw("</p>");
    }
    h.raw("<form method=\"post\" class=\"survey\"")
        .attr("action", "/teams/" + team + "/survey")
        .raw(">");
    csrfField(ctx, h);
    for (SurveyQuestions.Question q : SurveyQuestions.ALL) {
      h.raw("<fieldset><legend>").text(q.text()).raw("</legend>");
      for (SurveyQuestions.Option o : q.options()) {
        String id = q.id() + "--" + o.id();
        h.raw("<label><input type=\"radio\"")
            .attr("name", q.id())
            .attr("id", id)
            .attr("value", o.id())
            .raw(o.id().equals(answers.get(q.id())) ? " checked" : "")
            .raw("> ")
            .text(o.text())
            .raw("</label>");
      }
      h.raw("</fieldset>");
    }
    if (who != null && who.admin()) {
      h.raw("<button type=\"submit\" id=\"save\">Save answers</button>");
    } else {
      h.raw("<p><a href=\"/login\">Sign in</a> with an admin token to answer.</p>");
    }
    h.raw("</form><h2>Repositories of this team</h2><ul>");
    for (RegisteredRepository r : repositories.list()) {
      if (teamOf(r).equals(team)) {
        h.raw("<li><a")
            .attr("href", "/repositories/" + r.name())
            .raw(">")
            .text(r.name())
            .raw("</a></li>");
      }
    }
    h.raw("</ul>");
    page(ctx, "Survey: " + team, h);
  }

  private void answerSurvey(Context ctx) {
    Principal who = requireSignedIn(ctx);
    checkCsrf(ctx);
    if (!who.admin()) {
      throw ApiError.forbidden();
    }
    String team = ctx.pathParam("team");
    if (!JsonApi.NAME.matcher(team).matches()) {
      throw ApiError.badRequest("the team name must be letters, digits, '.', '_' or '-'");
    }
    Map<String, String> chosen = new LinkedHashMap<>();
    for (SurveyQuestions.Question q : SurveyQuestions.ALL) {
      String a = ctx.formParam(q.id());
      if (a != null && !a.isBlank()) {
        String problem = SurveyQuestions.problem(q.id(), a);
        if (problem != null) {
          throw ApiError.badRequest(problem);
        }
        chosen.put(q.id(), a);
      }
    }
    survey.answer(team, chosen, clock.millis());
    surveyForm(ctx, "Saved " + chosen.size() + " answers.");
  }

  // --- sign-in ----------------------------------------------------------------------------------

  private void loginForm(Context ctx, String error) {
    Html h = new Html();
    h.raw(
        "<h1>Sign in</h1><p>Paste an API token (the first admin token is printed when the server first starts).</p>");
    if (error != null) {
      h.raw("<p class=\"problem\" id=\"error\">").text(error).raw("</p>");
    }
    h.raw("<form method=\"post\" action=\"/login\" class=\"stacked\">");
    csrfField(ctx, h);
    h.raw(
            "<label>API token <input type=\"password\" id=\"token\" name=\"token\" autocomplete=\"off\"></label>")
        .raw("<button type=\"submit\" id=\"sign-in\">Sign in</button></form>");
    page(ctx, "Sign in", h);
  }

  private void login(Context ctx) {
    checkCsrf(ctx);
    Optional<Principal> who = tokens.find(ctx.formParam("token"));
    if (who.isEmpty()) {
      ctx.status(401);
      loginForm(ctx, "That token is not valid.");
      return;
    }
    String session = tokens.openSession(who.get(), clock.millis() + SESSION_LENGTH.toMillis());
    setCookie(ctx, SESSION_COOKIE, session, SESSION_LENGTH.toSeconds());
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    checkCsrf(ctx);
    tokens.closeSession(ctx.cookie(SESSION_COOKIE));
    setCookie(ctx, SESSION_COOKIE, "", 0);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  // --- page frame, sessions, CSRF ---------------------------------------------------------------

  private void page(Context ctx, String title, Html body) {
    Principal who = principal(ctx);
    Html h = new Html();
    h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .text(title)
        .raw(" · shipshape</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body><nav>")
        .raw(
            "<a href=\"/\">shipshape</a> <a href=\"/\">Portfolio</a> <a href=\"/register\" id=\"nav-register\">Register a repository</a>")
        .raw("<span class=\"who\">");
    if (who == null) {
      h.raw("<a href=\"/login\" id=\"nav-login\">Sign in</a>");
    } else {
      h.raw("signed in (")
          .text(who.admin() ? "admin" : who.project())
          .raw(") <form method=\"post\" action=\"/logout\" class=\"inline\">");
      csrfField(ctx, h);
      h.raw("<button type=\"submit\">Sign out</button></form>");
    }
    h.raw("</span></nav><main>").raw(body.toString()).raw("</main></body></html>");
    ctx.contentType("text/html; charset=utf-8").result(h.toString());
  }

  /** Renders an error for a browser. */
  public void errorPage(Context ctx, int status, String reason) {
    Html h = new Html();
    h.raw("<h1>")
        .text(
            status == 404
                ? "Not found"
                : status == 401
                    ? "Sign in needed"
                    : status == 403 ? "Not allowed" : "Something went wrong")
        .raw("</h1><p class=\"problem\">")
        .text(reason)
        .raw("</p>");
    ctx.status(status);
    page(ctx, "Error", h);
  }

  private Principal principal(Context ctx) {
    return tokens.session(ctx.cookie(SESSION_COOKIE), clock.millis()).orElse(null);
  }

  private Principal requireSignedIn(Context ctx) {
    Principal who = principal(ctx);
    if (who == null) {
      throw ApiError.unauthorized();
    }
    return who;
  }

  private void csrfField(Context ctx, Html h) {
    h.raw("<input type=\"hidden\" name=\"csrf\"").attr("value", csrfToken(ctx)).raw(">");
  }

  /** The form token of this browser: an HMAC of its CSRF cookie, set here when it has none. */
  private String csrfToken(Context ctx) {
    String cookie = ctx.attribute(CSRF_COOKIE);
    if (cookie == null) {
      cookie = ctx.cookie(CSRF_COOKIE);
    }
    if (cookie == null || cookie.length() < 20 || cookie.length() > 100) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      setCookie(ctx, CSRF_COOKIE, cookie, -1);
    }
    ctx.attribute(CSRF_COOKIE, cookie);
    return hmac(cookie);
  }

  private void checkCsrf(Context ctx) {
    String cookie = ctx.cookie(CSRF_COOKIE);
    String field = ctx.formParam("csrf");
    if (cookie == null
        || field == null
        || !MessageDigest.isEqual(
            hmac(cookie).getBytes(StandardCharsets.US_ASCII),
            field.getBytes(StandardCharsets.US_ASCII))) {
      throw new ApiError(403, "forbidden", "the form has expired: reload the page and try again");
    }
  }

  private String hmac(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + "; Path=/; HttpOnly; SameSite=Strict"
                + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : ""));
  }

  // --- small helpers ----------------------------------------------------------------------------

  static String teamOf(RegisteredRepository r) {
    return r.team() == null ? r.name() : r.team();
  }

  private static Stage stageOf(String id) {
    for (Stage s : Stage.values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  private static int stageOrdinal(String id) {
    Stage s = stageOf(id);
    return s == null ? -1 : s.ordinal();
  }

  private static String stageTitle(String id) {
    Stage s = stageOf(id);
    return s == null ? id : s.title();
  }

  private static String abbreviation(Practice p) {
    return switch (p) {
      case VERSION_CONTROL -> "VC";
      case CI_CD -> "CI";
      case INFRASTRUCTURE_AS_CODE -> "IaC";
      case AUTOMATED_TESTING -> "Test";
      case MONITORING_LOGGING -> "Mon";
      case COLLABORATION -> "Col";
      case SECURITY_COMPLIANCE -> "Sec";
      case AGILE_LEAN -> "Lean";
      case CONTINUOUS_LEARNING -> "Learn";
      case OPERATIONS -> "Ops";
    };
  }

  static String when(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }
}
