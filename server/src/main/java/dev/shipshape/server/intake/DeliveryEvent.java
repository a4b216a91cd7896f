package dev.shipshape.server.intake;

import java.time.Instant;

/**
 * A deployment or an incident, normalised from any accepted format (DELIVERY-METRICS.md "Event
 * formats accepted"). Fields a kind does not have are null.
 *
 * @param id unique within the project: the same id twice is one event
 * @param format the format it came in: shipshape, devlake or cdevents
 * @param result for a deployment: success, failure or rolled_back
 */
public record DeliveryEvent(
    Kind kind,
    String id,
    String format,
    String service,
    String environment,
    String commit,
    String result,
    Instant startedAt,
    Instant finishedAt,
    Instant createdAt,
    Instant resolvedAt,
    String deploymentId,
    String rootCauseCommit) {

  public enum Kind {
    DEPLOYMENT("deployment"),
    INCIDENT("incident");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Kind fromId(String id) {
      return id.equals("deployment") ? DEPLOYMENT : INCIDENT;
    }
  }

  public static DeliveryEvent deployment(
      String id,
      String format,
      String service,
      String environment,
      String commit,
      String result,
      Instant startedAt,
      Instant finishedAt) {
    return new DeliveryEvent(
        Kind.DEPLOYMENT,
        id,
        format,
        service,
        environment,
        commit,
        result,
        startedAt,
        finishedAt,
        null,
        null,
        null,
        null);
  }

  public static DeliveryEvent incident(
      String id,
      String format,
      String service,
      Instant createdAt,
      Instant resolvedAt,
      String deploymentId,
      String rootCauseCommit) {
    return new DeliveryEvent(
        Kind.INCIDENT,
        id,
        format,
        service,
        null,
        null,
        null,
        null,
        null,
        createdAt,
        resolvedAt,
        deploymentId,
        rootCauseCommit);
  }
}
