package dev.shipshape.forge;

import java.time.Duration;
import java.time.Instant;

/** The time, and waiting: the system's in a scan, a fake one that only counts in tests. */
public interface ForgeClock {
  Instant now();

  void sleep(Duration d) throws InterruptedException;

  ForgeClock SYSTEM =
      new ForgeClock() {
        @Override
        public Instant now() {
          return Instant.now();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
          Thread.sleep(d.toMillis());
        }
      };
}
