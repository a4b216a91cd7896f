package dev.shipshape.forge;

import java.time.Duration;

/**
 * What a sync cost: requests sent, of which answered 304 Not Modified (free against GitHub's rate
 * limit when authorised), the rate-limit cost (the others: each REST request and GraphQL query
 * costs 1), retries and time spent waiting for rate limits or backoff.
 */
public record CallCount(int requests, int notModified, int retries, Duration waited) {

  public static final CallCount NONE = new CallCount(0, 0, 0, Duration.ZERO);

  public int cost() {
    return requests - notModified;
  }

  public CallCount plus(CallCount o) {
    return new CallCount(
        requests + o.requests,
        notModified + o.notModified,
        retries + o.retries,
        waited.plus(o.waited));
  }

  /** "12 requests (9 not modified, cost 3)" — for diagnostics and the bench. */
  public String describe() {
    return requests
        + (requests == 1 ? " request" : " requests")
        + " ("
        + notModified
        + " not modified, rate-limit cost "
        + cost()
        + (retries > 0 ? ", " + retries + " retried" : "")
        + (waited.isZero() ? "" : ", waited " + waited.toSeconds() + " s")
        + ")";
  }
}
