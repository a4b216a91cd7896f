package dev.shipshape.server.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;

/** shipshape's own event format (DELIVERY-METRICS.md): one object per deployment or incident. */
public final class NativeEventFormat {
  public static final String NAME = "shipshape";
  private static final Set<String> RESULTS = Set.of("success", "failure", "rolled_back");

  private NativeEventFormat() {}

  public static DeliveryEvent parse(JsonNode node) {
    EventFields.object(node, "an event");
    String type = EventFields.required(node, "type");
    String id = EventFields.id(node, "id");
    String service = EventFields.optional(node, "service");
    switch (type) {
      case "deployment" -> {
        String result = EventFields.optional(node, "result");
        if (result == null) {
          result = "success";
        }
        if (!RESULTS.contains(result)) {
          throw new MalformedEvent("'result' must be success, failure or rolled_back");
        }
        Instant finished = EventFields.time(node, "finishedAt", true);
        Instant started = EventFields.time(node, "startedAt", false);
        return DeliveryEvent.deployment(
            id,
            NAME,
            service,
            EventFields.optional(node, "environment"),
            EventFields.commit(EventFields.optional(node, "commit"), "commit"),
            result,
            started,
            finished);
      }
      case "incident" -> {
        return DeliveryEvent.incident(
            id,
            NAME,
            service,
            EventFields.time(node, "createdAt", true),
            EventFields.time(node, "resolvedAt", false),
            EventFields.optional(node, "deploymentId"),
            EventFields.commit(EventFields.optional(node, "rootCauseCommit"), "rootCauseCommit"));
      }
      default -> throw new MalformedEvent("'type' must be deployment or incident");
    }
  }
}
