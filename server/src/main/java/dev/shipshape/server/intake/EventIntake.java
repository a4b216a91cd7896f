package dev.shipshape.server.intake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.facts.delivery.DeliveryEvents;
import dev.shipshape.facts.delivery.EventParser;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Webhook payloads read by the one parser of each format ({@link EventParser}, the same that reads
 * {@code --events} files), then held to what the store keeps: ids and texts of at most 300
 * characters, commits as 4–64 hex digits.
 */
public final class EventIntake {
  public static final String NATIVE = "shipshape";
  public static final String DEVLAKE = "devlake";
  public static final String CDEVENTS = "cdevents";
  static final int MAX_TEXT = 300;
  static final int MAX_ENVIRONMENT = 100;

  private EventIntake() {}

  public static DeliveryEvent nativeEvent(JsonNode node) {
    return stored(NATIVE, read(() -> EventParser.nativeEvent(node)));
  }

  public static DeliveryEvent devLakeDeployment(JsonNode node) {
    return stored(DEVLAKE, read(() -> EventParser.devLakeDeployment(node)));
  }

  /** A DevLake issue; empty when it is not an incident. */
  public static Optional<DeliveryEvent> devLakeIssue(JsonNode node) {
    return read(() -> EventParser.devLakeIssue(node)).map(i -> stored(DEVLAKE, i));
  }

  /** A CDEvent; one that says nothing about deployments or incidents is refused. */
  public static DeliveryEvent cdEvent(JsonNode node) {
    return stored(
        CDEVENTS,
        read(() -> EventParser.cdEvent(node))
            .orElseThrow(
                () ->
                    new MalformedEvent(
                        "not a delivery event: send service.deployed, service.upgraded,"
                            + " service.rolledback, incident.detected or incident.resolved")));
  }

  private static <T> T read(Supplier<T> parser) {
    try {
      return parser.get();
    } catch (EventParser.InvalidEvent e) {
      throw new MalformedEvent(e.getMessage());
    }
  }

  private static DeliveryEvent stored(String format, DeliveryEvents.Event event) {
    if (event instanceof DeliveryEvents.DeploymentEvent d) {
      return new DeliveryEvent(
          d.rollback() ? DeliveryEvent.Kind.ROLLBACK : DeliveryEvent.Kind.DEPLOYMENT,
          text(d.id(), "id", MAX_TEXT),
          format,
          text(d.service(), "service", MAX_TEXT),
          text(d.environment(), "environment", MAX_ENVIRONMENT),
          commit(d.commit(), "commit"),
          d.result().name().toLowerCase(Locale.ROOT),
          d.finishedAt(),
          null,
          null,
          null,
          null,
          text(d.artifact(), "artifact", MAX_TEXT));
    }
    DeliveryEvents.IncidentEvent i = (DeliveryEvents.IncidentEvent) event;
    return new DeliveryEvent(
        DeliveryEvent.Kind.INCIDENT,
        text(i.id(), "id", MAX_TEXT),
        format,
        text(i.service(), "service", MAX_TEXT),
        null,
        null,
        null,
        null,
        i.createdAt(),
        i.resolvedAt(),
        text(i.deploymentId(), "deploymentId", MAX_TEXT),
        commit(i.rootCauseCommit(), "rootCauseCommit"),
        text(i.artifact(), "artifact", MAX_TEXT));
  }

  private static String text(String value, String field, int max) {
    if (value != null && value.length() > max) {
      throw new MalformedEvent("'" + field + "' is longer than " + max + " characters");
    }
    return value;
  }

  /** A commit id: 4–64 hex digits, lower-cased. */
  private static String commit(String text, String field) {
    if (text == null) {
      return null;
    }
    if (!text.matches("[0-9a-fA-F]{4,64}")) {
      throw new MalformedEvent("'" + field + "' is not a commit id (4 to 64 hex digits)");
    }
    return text.toLowerCase(Locale.ROOT);
  }
}
