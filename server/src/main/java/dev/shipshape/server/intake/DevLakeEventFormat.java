package dev.shipshape.server.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Apache DevLake's webhook payloads: deployments ({@code id}, {@code startedDate}, {@code
 * finishedDate}, {@code result}, {@code environment}, {@code deploymentCommits}) and issues ({@code
 * issueKey}, {@code type}, {@code createdDate}, {@code resolutionDate}). Only issues of type
 * INCIDENT are delivery events.
 */
public final class DevLakeEventFormat {
  public static final String NAME = "devlake";

  private DevLakeEventFormat() {}

  public static DeliveryEvent deployment(JsonNode node) {
    EventFields.object(node, "a DevLake deployment");
    Instant finished = EventFields.time(node, "finishedDate", true);
    Instant started = EventFields.time(node, "startedDate", false);
    String commit = null;
    JsonNode commits = node.get("deploymentCommits");
    if (commits != null && !commits.isNull()) {
      if (!commits.isArray()) {
        throw new MalformedEvent("'deploymentCommits' must be an array");
      }
      if (!commits.isEmpty()) {
        commit = EventFields.commit(EventFields.optional(commits.get(0), "commitSha"), "commitSha");
      }
    }
    if (commit == null) {
      commit = EventFields.commit(EventFields.optional(node, "commitSha"), "commitSha");
    }
    String id = EventFields.optional(node, "id");
    if (id == null || id.isBlank()) {
      // Older DevLake senders leave the id out; the commit and finish time name the deployment.
      if (commit == null) {
        throw new MalformedEvent("'id' is required when no commit is given");
      }
      id = "devlake-" + commit + "-" + finished;
    } else if (id.length() > EventFields.MAX_ID) {
      throw new MalformedEvent("'id' is longer than " + EventFields.MAX_ID + " characters");
    }
    String result = EventFields.optional(node, "result");
    String normalised =
        result == null
            ? "success"
            : switch (result.toUpperCase(Locale.ROOT)) {
              case "SUCCESS" -> "success";
              case "FAILURE", "FAILED", "ABORT", "ABORTED" -> "failure";
              default -> throw new MalformedEvent("'result' must be SUCCESS or FAILURE");
            };
    String environment = EventFields.optional(node, "environment");
    return DeliveryEvent.deployment(
        id,
        NAME,
        EventFields.optional(node, "name"),
        environment == null ? null : environment.toLowerCase(Locale.ROOT),
        commit,
        normalised,
        started,
        finished);
  }

  /** An issue; empty when it is not an incident. */
  public static Optional<DeliveryEvent> issue(JsonNode node) {
    EventFields.object(node, "a DevLake issue");
    String key = EventFields.id(node, "issueKey");
    String type = EventFields.optional(node, "type");
    if (type != null && !type.equalsIgnoreCase("INCIDENT")) {
      return Optional.empty();
    }
    return Optional.of(
        DeliveryEvent.incident(
            key,
            NAME,
            EventFields.optional(node, "title"),
            EventFields.time(node, "createdDate", true),
            EventFields.time(node, "resolutionDate", false),
            null,
            null));
  }
}
