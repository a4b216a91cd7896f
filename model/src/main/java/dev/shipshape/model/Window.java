package dev.shipshape.model;

import java.time.Instant;

/** The time window history is read in; both ends included. {@code since} null means all. */
public record Window(Instant since, Instant until) {

  public boolean contains(Instant t) {
    return (since == null || !t.isBefore(since)) && (until == null || !t.isAfter(until));
  }
}
