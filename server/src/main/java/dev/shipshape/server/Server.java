package dev.shipshape.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.shipshape.server.api.ApiError;
import dev.shipshape.server.api.JsonApi;
import dev.shipshape.server.api.Route;
import dev.shipshape.server.scan.ScanWorker;
import dev.shipshape.server.store.Database;
import dev.shipshape.server.store.Stores;
import dev.shipshape.server.web.WebPages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code shipshape serve}: the portfolio server. Starts on {@link #start}, listens until {@link
 * #close}. Everything it knows is in the database, so any number of processes may share one
 * PostgreSQL database.
 */
public final class Server implements AutoCloseable {
  /** The Content-Security-Policy of every response: no script at all, styles from this server. */
  public static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  /**
   * The policy of a repository's HTML report (a page of render's, styled inline): nothing loaded,
   * no script, sandboxed, never framed.
   */
  public static final String REPORT_CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none';"
          + " frame-ancestors 'none'; base-uri 'none'; sandbox";

  private static final String START_NANOS = "shipshape.start";

  private final Javalin app;
  private final Database database;
  private final ScanWorker worker;
  private final JsonLog log;
  private final List<Route> apiRoutes;
  private final String host;

  private Server(
      Javalin app,
      Database database,
      ScanWorker worker,
      JsonLog log,
      List<Route> apiRoutes,
      String host) {
    this.host = host;
    this.app = app;
    this.database = database;
    this.worker = worker;
    this.log = log;
    this.apiRoutes = apiRoutes;
  }

  public static Server start(ServerConfig config) {
    JsonLog log = new JsonLog(config.log(), config.clock());
    Database database =
        Database.open(
            config.databaseUrl(), config.dataDir(), Math.max(4, config.scanThreads() + 8));
    try {
      return start(config, database, log);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Server start(ServerConfig config, Database database, JsonLog log) {
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    Stores stores = Stores.of(database);

    stores
        .tokens()
        .createFirstAdminToken(config.clock().millis())
        .ifPresent(
            token -> {
              config.console().println("shipshape: first admin token (shown once, keep it safe):");
              config.console().println(token);
              config.console().flush();
            });

    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    ScanWorker worker =
        new ScanWorker(
            stores,
            config.scanner(),
            config.node(),
            config.clock(),
            config.scanThreads(),
            config.pollEvery(),
            config.claimLease(),
            log,
            metrics);
    JsonApi api = new JsonApi(stores, worker, config.clock(), metrics, json);
    WebPages web = new WebPages(stores, worker, config.clock(), json);
    String openApiYaml = resource("openapi.yaml");
    String openApiJson;
    try {
      openApiJson = json.writeValueAsString(new Yaml().load(openApiYaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.http.maxRequestSize = config.maxRequestBytes();
              cfg.jsonMapper(new JavalinJackson(json, false));
              cfg.jetty.defaultHost = config.host();
              cfg.jetty.defaultPort = config.port();
              cfg.startupWatcherEnabled = false;
              cfg.requestLogger.http(
                  (ctx, ms) -> {
                    String route = ctx.endpointHandlerPath();
                    Timer.builder("http.server.requests")
                        .tag("method", ctx.method().name())
                        .tag("route", route == null || route.isEmpty() ? "unmatched" : route)
                        .tag("status", Integer.toString(ctx.statusCode()))
                        .publishPercentileHistogram()
                        .register(metrics)
                        .record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
                    if (ctx.statusCode() >= 500) {
                      log.warn(
                          "http",
                          "method",
                          ctx.method().name(),
                          "path",
                          ctx.path(),
                          "status",
                          ctx.statusCode(),
                          "ms",
                          (double) ms);
                    }
                  });
            });
    app.before(
        ctx -> {
          ctx.attribute(START_NANOS, System.nanoTime());
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("Cache-Control", "no-store");
        });
    app.after(
        ctx -> {
          Long start = ctx.attribute(START_NANOS);
          if (start != null) {
            double ms = (System.nanoTime() - start) / 1e6;
            ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", ms));
          }
        });

    List<Route> routes = new ArrayList<>();
    routes.add(
        Route.get(
            "/health",
            ctx -> {
              database.query("SELECT 1", rs -> rs.getInt(1));
              ctx.json(
                  Map.of(
                      "status",
                      "ok",
                      "database",
                      database.dialect().name().toLowerCase(Locale.ROOT)));
            }));
    routes.add(
        Route.get(
            "/metrics",
            ctx ->
                ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape())));
    routes.add(
        Route.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson)));
    routes.add(
        Route.get(
            "/openapi.yaml",
            ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApiYaml)));
    routes.addAll(api.routes());
    for (Route r : routes) {
      app.addHttpHandler(
          HandlerType.valueOf(r.method().toUpperCase(Locale.ROOT)), r.path(), r.handler());
    }
    web.register(app);

    app.exception(
        ApiError.class, (e, ctx) -> error(ctx, web, e.status(), e.code(), e.getMessage()));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          int status = e.getStatus();
          String code =
              switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 413 -> "payload-too-large";
                default -> status < 500 ? "bad-request" : "internal";
              };
          String reason =
              switch (status) {
                case 404 -> "no such route: " + ctx.method().name() + " " + ctx.path();
                case 413 -> "the body is larger than " + config.maxRequestBytes() + " bytes";
                default -> e.getMessage();
              };
          error(ctx, web, status, code, reason);
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          log.error(
              "internal-error",
              "method",
              ctx.method().name(),
              "path",
              ctx.path(),
              "type",
              e.getClass().getName(),
              "reason",
              String.valueOf(e.getMessage()));
          error(ctx, web, 500, "internal", "the server could not handle this request; see its log");
        });

    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      worker.close();
      throw e;
    }
    Server server = new Server(app, database, worker, log, routes, config.host());
    log.info(
        "started",
        "url",
        server.url(),
        "database",
        database.dialect().name().toLowerCase(Locale.ROOT),
        "node",
        config.node());
    return server;
  }

  private static void error(Context ctx, WebPages web, int status, String code, String reason) {
    boolean api =
        ctx.path().startsWith("/api/")
            || ctx.path().startsWith("/openapi")
            || !String.valueOf(ctx.header("Accept")).contains("text/html");
    if (api) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", code);
      body.put("reason", reason);
      ctx.status(status).json(body);
    } else {
      web.errorPage(ctx, status, reason);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Server.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return app.port();
  }

  public String url() {
    return "http://" + hostForUrl() + ":" + port();
  }

  /** A wildcard address is reached on this machine through loopback. */
  private String hostForUrl() {
    if (host.equals("0.0.0.0") || host.equals("::")) {
      return "127.0.0.1";
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** The machine-readable routes, as served (OpenApiTest holds them against the document). */
  public List<Route> apiRoutes() {
    return apiRoutes;
  }

  /** The database, for tests that look behind the API. */
  public Database database() {
    return database;
  }

  @Override
  public void close() {
    worker.close();
    app.stop();
    database.close();
    log.info("stopped");
  }
}
