package dev.shipshape.facts.delivery;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.facts.delivery.DeliveryEvents.DeploymentEvent;
import dev.shipshape.facts.delivery.DeliveryEvents.Event;
import dev.shipshape.facts.delivery.DeliveryEvents.IncidentEvent;
import dev.shipshape.facts.delivery.DeliveryEvents.Result;
import dev.shipshape.model.Diagnostic;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deployment and incident events (DELIVERY-METRICS.md): a JSON array or JSON lines, in the
 * shipshape native format, Apache DevLake webhook payloads or CDEvents. The same id twice is one
 * event (the first wins); an event that does not parse is a diagnostic with its file and line, and
 * the rest are still used.
 */
public final class EventParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PRODUCTION = Pattern.compile("(?i)^(prod|production|live|prd)$");
  private static final Pattern CDEVENT_TYPE =
      Pattern.compile("^dev\\.cdevents\\.([a-z]+)\\.([a-z]+)\\.[0-9.]+.*$");

  /**
   * A commit in a purl: {@code @<sha>} as version, or a {@code commit=}/{@code vcs_url=...@}
   * qualifier.
   */
  private static final Pattern PURL_COMMIT =
      Pattern.compile("(?:@|commit=|vcs_url=[^&#]*@)([0-9a-fA-F]{7,40})(?![0-9a-fA-F])");

  private final Map<String, DeploymentEvent> deployments = new LinkedHashMap<>();
  private final Map<String, IncidentEvent> incidents = new LinkedHashMap<>();

  /** Resolutions (CDEvents incident.resolved) seen before (or after) their detection. */
  private final Map<String, Instant> resolvedIncidents = new HashMap<>();

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Parses every file, in order; duplicates across files count once. */
  public static DeliveryEvents parse(List<DeliveryOptions.EventInput> files) {
    EventParser parser = new EventParser();
    for (DeliveryOptions.EventInput f : files) {
      parser.add(f.name(), f.content());
    }
    return parser.events();
  }

  /** Adds one file's events. */
  public void add(String name, String content) {
    String trimmed = content.stripLeading();
    if (trimmed.startsWith("[")) {
      addArray(name, content);
    } else {
      String[] lines = content.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        try {
          addEvent(name, i + 1, JSON.readTree(line));
        } catch (JsonProcessingException e) {
          diagnostics.add(
              Diagnostic.warning(
                  name + ":" + (i + 1) + ": not valid JSON (" + e.getOriginalMessage() + ")"));
        }
      }
    }
  }

  private void addArray(String name, String content) {
    try (JsonParser p = JSON.getFactory().createParser(content)) {
      p.nextToken(); // [
      while (true) {
        JsonToken t;
        try {
          t = p.nextToken();
        } catch (JsonProcessingException e) {
          diagnostics.add(syntax(name, e));
          return;
        }
        if (t == null || t == JsonToken.END_ARRAY) {
          return;
        }
        int line = p.currentTokenLocation().getLineNr();
        try {
          JsonNode node = p.readValueAsTree();
          addEvent(name, line, node);
        } catch (JsonProcessingException e) {
          // a syntax error ends the array: what came before it is still used
          diagnostics.add(syntax(name, e));
          return;
        }
      }
    } catch (IOException e) {
      diagnostics.add(Diagnostic.warning(name + ": cannot read events (" + e.getMessage() + ")"));
    }
  }

  private static Diagnostic syntax(String name, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    // a broken limit (nesting, size) has no place in the text: the file alone is named
    return Diagnostic.warning(
        name
            + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr())
            + ": not valid JSON ("
            + e.getOriginalMessage()
            + "); events after it in this file were not read");
  }

  private void addEvent(String file, int line, JsonNode node) {
    String where = file + ":" + line + ": ";
    if (!node.isObject()) {
      diagnostics.add(Diagnostic.warning(where + "not a JSON object"));
      return;
    }
    try {
      Optional<Event> event;
      if (node.has("context") && node.has("subject")) {
        event = cdEvent(node);
      } else if (node.has("type") && !"INCIDENT".equals(text(node, "type"))) {
        event = Optional.of(nativeEvent(node));
      } else if (node.has("issueKey")) {
        event = devLakeIssue(node).map(Event.class::cast);
      } else if (node.has("deploymentCommits")
          || node.has("commitSha")
          || node.has("finishedDate")) {
        event = Optional.of(devLakeDeployment(node));
      } else {
        throw new InvalidEvent(
            "not an event of a known format (shipshape, DevLake webhook, CDEvents)");
      }
      event.ifPresent(this::put);
    } catch (InvalidEvent e) {
      diagnostics.add(Diagnostic.warning(where + e.getMessage()));
    }
  }

  private void put(Event event) {
    if (event instanceof DeploymentEvent d) {
      deployments.putIfAbsent(d.id(), d);
    } else if (event instanceof IncidentEvent i && i.createdAt() == null) {
      // a resolution only (CDEvents incident.resolved): it completes its detection, before or after
      resolvedIncidents.putIfAbsent(i.id(), i.resolvedAt());
      IncidentEvent open = incidents.get(i.id());
      if (open != null && open.resolvedAt() == null) {
        incidents.put(i.id(), open.resolved(i.resolvedAt()));
      }
    } else if (event instanceof IncidentEvent i) {
      Instant resolved = resolvedIncidents.get(i.id());
      incidents.putIfAbsent(
          i.id(), i.resolvedAt() == null && resolved != null ? i.resolved(resolved) : i);
    }
  }

  /**
   * One event in the shipshape native format: a deployment or an incident.
   *
   * @throws InvalidEvent with the reason, when it is not one
   */
  public static Event nativeEvent(JsonNode n) {
    object(n);
    String type = required(n, "type");
    String id = required(n, "id");
    return switch (type) {
      case "deployment" -> {
        String env = text(n, "environment");
        yield new DeploymentEvent(
            id,
            text(n, "service"),
            env,
            production(env),
            text(n, "commit"),
            null,
            time(n, "finishedAt", true),
            result(text(n, "result")),
            false);
      }
      case "incident" ->
          new IncidentEvent(
              id,
              text(n, "service"),
              time(n, "createdAt", true),
              time(n, "resolvedAt", false),
              text(n, "deploymentId"),
              text(n, "rootCauseCommit"),
              null);
      default -> throw new InvalidEvent("unknown event type '" + type + "'");
    };
  }

  /**
   * One Apache DevLake deployment webhook payload. Older senders leave the id out: the commit and
   * the finish time then name the deployment.
   *
   * @throws InvalidEvent with the reason, when it is not one
   */
  public static DeploymentEvent devLakeDeployment(JsonNode n) {
    object(n);
    String commit = text(n, "commitSha");
    JsonNode commits = n.get("deploymentCommits");
    if (commit == null && commits != null && commits.isArray() && !commits.isEmpty()) {
      commit = text(commits.get(0), "commitSha");
    }
    Instant finished = time(n, "finishedDate", true);
    String id = text(n, "id");
    if (id == null) {
      if (commit == null) {
        throw new InvalidEvent("no 'id' (needed when no commit is given)");
      }
      id = "devlake-" + commit + "-" + finished;
    }
    String env = text(n, "environment");
    String service = text(n, "displayTitle");
    return new DeploymentEvent(
        id,
        service == null ? text(n, "name") : service,
        env,
        production(env),
        commit,
        null,
        finished,
        result(text(n, "result")),
        false);
  }

  /**
   * One Apache DevLake issue webhook payload; empty when the issue is not an incident (its {@code
   * type} is given and is not INCIDENT).
   *
   * @throws InvalidEvent with the reason, when it is not an issue
   */
  public static Optional<IncidentEvent> devLakeIssue(JsonNode n) {
    object(n);
    String type = text(n, "type");
    if (type != null && !type.equalsIgnoreCase("INCIDENT")) {
      return Optional.empty();
    }
    return Optional.of(
        new IncidentEvent(
            required(n, "issueKey"),
            text(n, "title"),
            time(n, "createdDate", true),
            time(n, "resolutionDate", false),
            text(n, "deploymentId"),
            text(n, "rootCauseCommit"),
            null));
  }

  /**
   * One CDEvent: {@code service.deployed}/{@code upgraded} a deployment, {@code service.rolledback}
   * a rollback, {@code incident.detected} an incident and {@code incident.resolved} the resolution
   * of one (an incident without {@code createdAt}, named by the same subject id); empty for the
   * other CDEvents, which say nothing about deployments.
   *
   * @throws InvalidEvent with the reason, when it is not a CDEvent
   */
  public static Optional<Event> cdEvent(JsonNode n) {
    object(n);
    JsonNode context = n.get("context");
    JsonNode subject = n.get("subject");
    if (context == null || !context.isObject() || subject == null || !subject.isObject()) {
      throw new InvalidEvent("no 'context' or 'subject' object");
    }
    JsonNode content = subject.path("content");
    String id = required(context, "id");
    String type = required(context, "type");
    Matcher m = CDEVENT_TYPE.matcher(type);
    if (!m.matches()) {
      throw new InvalidEvent("not a CDEvents type: " + type);
    }
    String kind = m.group(1) + "." + m.group(2);
    Instant at = time(context, "timestamp", true);
    String artifact = text(content, "artifactId");
    String environment =
        content.path("environment").isObject()
            ? text(content.path("environment"), "id")
            : text(content, "environment");
    String service = text(subject, "id");
    // the incident is the subject: its detection and resolution carry the same subject id
    String incident = service == null ? id : service;
    return switch (kind) {
      case "service.deployed", "service.upgraded", "service.rolledback" ->
          Optional.of(
              new DeploymentEvent(
                  id,
                  service,
                  environment,
                  production(environment),
                  cdCommit(n, artifact),
                  artifact,
                  at,
                  Result.SUCCESS,
                  kind.equals("service.rolledback")));
      case "incident.detected" ->
          Optional.of(
              new IncidentEvent(
                  incident,
                  text(content.path("service"), "id"),
                  at,
                  null,
                  text(n.path("customData"), "deploymentId"),
                  text(n.path("customData"), "rootCauseCommit"),
                  artifact));
      case "incident.resolved" ->
          Optional.of(new IncidentEvent(incident, null, null, at, null, null, artifact));
      default -> Optional.empty();
    };
  }

  private static void object(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new InvalidEvent("not a JSON object");
    }
  }

  private static String cdCommit(JsonNode n, String artifact) {
    String commit = text(n.path("customData"), "commit");
    if (commit == null) {
      commit = text(n.path("subject").path("content"), "commit");
    }
    if (commit == null && artifact != null) {
      Matcher m = PURL_COMMIT.matcher(artifact);
      if (m.find()) {
        commit = m.group(1);
      }
    }
    return commit;
  }

  public DeliveryEvents events() {
    return new DeliveryEvents(
        List.copyOf(deployments.values()), List.copyOf(incidents.values()), diagnostics);
  }

  /** True when the environment names production or is not given. */
  public static boolean production(String environment) {
    return environment == null || PRODUCTION.matcher(environment.strip()).matches();
  }

  private static Result result(String value) {
    if (value == null) {
      return Result.SUCCESS;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "success", "succeeded", "successful", "ok" -> Result.SUCCESS;
      case "failure", "failed", "error", "abort", "aborted" -> Result.FAILURE;
      case "rolled_back", "rollback", "rolledback" -> Result.ROLLED_BACK;
      default -> throw new InvalidEvent("unknown result '" + value + "'");
    };
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }

  private static String required(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null) {
      throw new InvalidEvent("no '" + field + "'");
    }
    return v;
  }

  private static Instant time(JsonNode n, String field, boolean required) {
    String v = text(n, field);
    if (v == null) {
      if (required) {
        throw new InvalidEvent("no '" + field + "'");
      }
      return null;
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidEvent(
          "'"
              + field
              + "' is not an ISO-8601 time with an offset (e.g. 2026-01-05T10:00:00Z): "
              + v);
    }
  }

  /** An event its format does not allow; the message says why, for the sender. */
  public static final class InvalidEvent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidEvent(String message) {
      super(message, null, false, false);
    }
  }
}
