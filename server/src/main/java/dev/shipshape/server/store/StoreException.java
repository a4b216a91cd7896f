package dev.shipshape.server.store;

/** The database could not do what was asked; the message says what, for a log or a user. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
