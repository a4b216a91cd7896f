package dev.shipshape.repository;

import dev.shipshape.model.Window;
import java.time.Duration;
import java.time.Instant;

/**
 * How far back to read history, before it is pinned to a revision: the whole history, a fixed
 * start, or a look-back from {@code until}. {@code until} defaults to the revision's committer time
 * (not the clock), so the same revision always gives the same window.
 */
public record WindowSpec(boolean wholeHistory, Instant since, Duration lookBack, Instant until) {

  public static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(365);

  public static WindowSpec defaults() {
    return new WindowSpec(false, null, DEFAULT_LOOK_BACK, null);
  }

  public static WindowSpec whole() {
    return new WindowSpec(true, null, null, null);
  }

  public WindowSpec withUntil(Instant until) {
    return new WindowSpec(wholeHistory, since, lookBack, until);
  }

  /** The window for a revision committed at {@code revisionTime} (null for a plain folder). */
  public Window resolve(Instant revisionTime) {
    Instant end = until != null ? until : revisionTime;
    if (wholeHistory) {
      return new Window(null, end);
    }
    if (since != null) {
      return new Window(since, end);
    }
    return new Window(end == null ? null : end.minus(lookBack), end);
  }
}
