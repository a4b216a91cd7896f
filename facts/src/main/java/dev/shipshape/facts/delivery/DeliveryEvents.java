package dev.shipshape.facts.delivery;

import dev.shipshape.model.Diagnostic;
import java.time.Instant;
import java.util.List;

/**
 * The deployments and incidents read from event files, each id once, and what could not be read.
 */
public record DeliveryEvents(
    List<DeploymentEvent> deployments,
    List<IncidentEvent> incidents,
    List<Diagnostic> diagnostics) {

  public DeliveryEvents {
    deployments = List.copyOf(deployments);
    incidents = List.copyOf(incidents);
    diagnostics = List.copyOf(diagnostics);
  }

  public static DeliveryEvents none() {
    return new DeliveryEvents(List.of(), List.of(), List.of());
  }

  /** Result of a deployment as the event reports it. */
  public enum Result {
    SUCCESS,
    FAILURE,
    ROLLED_BACK
  }

  /**
   * A deployment; {@code commit} as given (full or abbreviated id; null when the event names none),
   * {@code artifact} an artifact id (CDEvents) or null. {@code production} is true when the
   * environment names production or is not given. {@code rollback} marks a CDEvents {@code
   * service.rolledback}: not a deployment of its own, but the end of the one before it.
   */
  public record DeploymentEvent(
      String id,
      String service,
      String environment,
      boolean production,
      String commit,
      String artifact,
      Instant finishedAt,
      Result result,
      boolean rollback) {}

  /**
   * An incident; linked to a deployment by {@code deploymentId}, by a root-cause commit, or
   * (CDEvents) by the artifact it names. {@code resolvedAt} null while open.
   */
  public record IncidentEvent(
      String id,
      String service,
      Instant createdAt,
      Instant resolvedAt,
      String deploymentId,
      String rootCauseCommit,
      String artifact) {}
}
