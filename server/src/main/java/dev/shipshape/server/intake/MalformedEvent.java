package dev.shipshape.server.intake;

/** A payload that is not an event of its format; the message says what is wrong, for a 400. */
public final class MalformedEvent extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedEvent(String reason) {
    super(reason);
  }
}
