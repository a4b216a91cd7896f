package dev.shipshape.facts.delivery;

import java.util.function.Supplier;

/**
 * A value computed on first use, by the first caller, while later callers wait for it. Each value
 * has its own lock, so that checks asking for different metrics compute them at the same time
 * instead of queueing behind one lock.
 */
final class Once<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Once(Supplier<T> compute) {
    this.compute = compute;
  }

  T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
