package dev.shipshape.forge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when slept on, and remembers every wait. */
final class FakeClock implements ForgeClock {
  private Instant now;
  final List<Duration> sleeps = new ArrayList<>();

  FakeClock(Instant now) {
    this.now = now;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    now = now.plus(d);
  }

  Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
