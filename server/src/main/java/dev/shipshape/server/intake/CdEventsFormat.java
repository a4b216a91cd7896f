package dev.shipshape.server.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CDEvents (the CD Foundation's spec), structured JSON: {@code service.deployed}, {@code
 * service.upgraded} and {@code service.rolledback} are deployments; {@code incident.detected} and
 * {@code incident.resolved} open and close an incident named by its subject id.
 */
public final class CdEventsFormat {
  public static final String NAME = "cdevents";
  private static final Pattern TYPE =
      Pattern.compile("dev\\.cdevents\\.([a-z]+\\.[a-z]+)\\.\\d+\\.\\d+\\.\\d+(-[\\w.]+)?");

  private CdEventsFormat() {}

  public static DeliveryEvent parse(JsonNode node) {
    EventFields.object(node, "a CDEvent");
    JsonNode context = EventFields.object(node.get("context"), "'context'");
    JsonNode subject = EventFields.object(node.get("subject"), "'subject'");
    String type = EventFields.required(context, "type");
    Matcher m = TYPE.matcher(type);
    if (!m.matches()) {
      throw new MalformedEvent(
          "'context.type' is not a CDEvents type (dev.cdevents.<subject>.<predicate>.<version>)");
    }
    Instant at = EventFields.time(context, "timestamp", true);
    JsonNode content = subject.get("content");
    String environment =
        content == null ? null : EventFields.optional(content.get("environment"), "id");
    String commit = commit(node);
    return switch (m.group(1)) {
      case "service.deployed", "service.upgraded", "service.rolledback" ->
          DeliveryEvent.deployment(
              EventFields.id(context, "id"),
              NAME,
              EventFields.optional(subject, "id"),
              environment,
              commit,
              m.group(1).equals("service.rolledback") ? "rolled_back" : "success",
              null,
              at);
      case "incident.detected" ->
          DeliveryEvent.incident(
              EventFields.id(subject, "id"), NAME, service(content), at, null, null, commit);
      case "incident.resolved" ->
          DeliveryEvent.incident(
              EventFields.id(subject, "id"), NAME, service(content), null, at, null, commit);
      default ->
          throw new MalformedEvent(
              "'"
                  + m.group(1)
                  + "' is not a delivery event: send service.deployed, service.upgraded,"
                  + " service.rolledback, incident.detected or incident.resolved");
    };
  }

  private static String service(JsonNode content) {
    return content == null ? null : EventFields.optional(content.get("service"), "id");
  }

  /** CDEvents carry no commit of their own; senders put it in customData. */
  private static String commit(JsonNode node) {
    JsonNode custom = node.get("customData");
    String commit =
        custom != null && custom.isObject() ? EventFields.optional(custom, "commit") : null;
    return EventFields.commit(commit, "customData.commit");
  }
}
