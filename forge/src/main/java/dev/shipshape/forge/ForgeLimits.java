package dev.shipshape.forge;

import java.time.Duration;

/**
 * How much of the forge a scan may use: at most {@code calls} requests (a 304 counts: it is a
 * request, though not against the forge's rate limit), at most {@code maxWait} spent in total
 * waiting for rate limits and retries, {@code timeout} per request, {@code retries} after a failed
 * one. Past any of these the sync stops, keeps what it has and says so.
 */
public record ForgeLimits(int calls, Duration maxWait, Duration timeout, int retries) {

  public static final int DEFAULT_CALLS = 500;

  public ForgeLimits {
    if (calls < 1) {
      throw new IllegalArgumentException("the forge call budget must be at least 1");
    }
  }

  public static ForgeLimits defaults() {
    return new ForgeLimits(DEFAULT_CALLS, Duration.ofSeconds(60), Duration.ofSeconds(30), 3);
  }

  public ForgeLimits withCalls(int n) {
    return new ForgeLimits(n, maxWait, timeout, retries);
  }

  public ForgeLimits withMaxWait(Duration d) {
    return new ForgeLimits(calls, d, timeout, retries);
  }
}
