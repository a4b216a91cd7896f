package dev.shipshape.facts.delivery;

import dev.shipshape.model.Diagnostic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * These events, then those of {@code more} whose ids are new (the same id twice is one event).
   */
  public DeliveryEvents plus(DeliveryEvents more) {
    if (more.deployments.isEmpty() && more.incidents.isEmpty() && more.diagnostics.isEmpty()) {
      return this;
    }
    Map<String, DeploymentEvent> d = new LinkedHashMap<>();
    deployments.forEach(e -> d.put(e.id(), e));
    more.deployments.forEach(e -> d.putIfAbsent(e.id(), e));
    Map<String, IncidentEvent> i = new LinkedHashMap<>();
    incidents.forEach(e -> i.put(e.id(), e));
    more.incidents.forEach(e -> i.putIfAbsent(e.id(), e));
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.addAll(more.diagnostics);
    return new DeliveryEvents(List.copyOf(d.values()), List.copyOf(i.values()), all);
  }

  /** A deployment or an incident, as one event reports it. */
  public sealed interface Event permits DeploymentEvent, IncidentEvent {
    String id();
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
      boolean rollback)
      implements Event {}

  /**
   * An incident; linked to a deployment by {@code deploymentId}, by a root-cause commit, or
   * (CDEvents) by the artifact it names. {@code resolvedAt} null while open; {@code createdAt} null
   * only for the resolution of an incident detected in another event (CDEvents {@code
   * incident.resolved}), which the parser joins to its detection.
   */
  public record IncidentEvent(
      String id,
      String service,
      Instant createdAt,
      Instant resolvedAt,
      String deploymentId,
      String rootCauseCommit,
      String artifact)
      implements Event {

    public IncidentEvent resolved(Instant at) {
      return new IncidentEvent(id, service, createdAt, at, deploymentId, rootCauseCommit, artifact);
    }
  }
}
