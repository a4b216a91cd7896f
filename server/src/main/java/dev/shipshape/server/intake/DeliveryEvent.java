package dev.shipshape.server.intake;

import dev.shipshape.facts.delivery.DeliveryEvents;
import dev.shipshape.facts.delivery.EventParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deployment, a rollback or an incident as the server stores it, normalised from any accepted
 * format by {@link EventIntake}. Fields a kind does not have are null.
 *
 * @param id unique within the project: the same id twice is one event
 * @param format the format it came in: shipshape, devlake or cdevents
 * @param result for a deployment: success, failure or rolled_back
 * @param createdAt for an incident; null while only its resolution has arrived (CDEvents)
 */
public record DeliveryEvent(
    Kind kind,
    String id,
    String format,
    String service,
    String environment,
    String commit,
    String result,
    Instant finishedAt,
    Instant createdAt,
    Instant resolvedAt,
    String deploymentId,
    String rootCauseCommit,
    String artifact) {

  public enum Kind {
    DEPLOYMENT("deployment"),
    /** A CDEvents service.rolledback: not a deployment of its own, the end of the one before. */
    ROLLBACK("rollback"),
    INCIDENT("incident");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static Kind fromId(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown event kind " + id);
    }
  }

  public static DeliveryEvent deployment(
      String id,
      String format,
      String service,
      String environment,
      String commit,
      String result,
      Instant finishedAt) {
    return new DeliveryEvent(
        Kind.DEPLOYMENT,
        id,
        format,
        service,
        environment,
        commit,
        result,
        finishedAt,
        null,
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
        createdAt,
        resolvedAt,
        deploymentId,
        rootCauseCommit,
        null);
  }

  /**
   * A project's stored events as the delivery metrics take them; an incident whose detection never
   * arrived is left out.
   */
  public static DeliveryEvents forMetrics(List<DeliveryEvent> stored) {
    List<DeliveryEvents.DeploymentEvent> deployments = new ArrayList<>();
    List<DeliveryEvents.IncidentEvent> incidents = new ArrayList<>();
    for (DeliveryEvent e : stored) {
      if (e.kind() == Kind.INCIDENT) {
        if (e.createdAt() != null) {
          incidents.add(
              new DeliveryEvents.IncidentEvent(
                  e.id(),
                  e.service(),
                  e.createdAt(),
                  e.resolvedAt(),
                  e.deploymentId(),
                  e.rootCauseCommit(),
                  e.artifact()));
        }
      } else {
        deployments.add(
            new DeliveryEvents.DeploymentEvent(
                e.id(),
                e.service(),
                e.environment(),
                EventParser.production(e.environment()),
                e.commit(),
                e.artifact(),
                e.finishedAt(),
                DeliveryEvents.Result.valueOf(e.result().toUpperCase(Locale.ROOT)),
                e.kind() == Kind.ROLLBACK));
      }
    }
    return new DeliveryEvents(deployments, incidents, List.of());
  }
}
