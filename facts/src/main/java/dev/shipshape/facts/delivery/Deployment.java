package dev.shipshape.facts.delivery;

import dev.shipshape.facts.delivery.DeliveryEvents.Result;
import java.time.Instant;

/**
 * One deployment: what shipped ({@code commit}, a full id; null when an event names a commit this
 * repository does not have), when it finished, what it is called (tag names, event id, landing) and
 * its result as an event reported it (tags and landings: success).
 */
public record Deployment(
    String id, String commit, Instant finishedAt, String label, Result result) {

  public boolean failedByEvent() {
    return result == Result.FAILURE || result == Result.ROLLED_BACK;
  }
}
