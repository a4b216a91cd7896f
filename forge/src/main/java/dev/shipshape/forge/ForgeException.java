package dev.shipshape.forge;

/**
 * Why the forge could not answer: a one-line message for the report's diagnostics (never a token),
 * and its kind. A sync that meets one keeps what it had and degrades to the offline result.
 */
public final class ForgeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as the sync tells it apart. */
  public enum Kind {
    /** The scan's call budget is spent. */
    BUDGET,
    /** A rate limit whose reset is further away than the scan may wait. */
    RATE_LIMITED,
    /** The token was refused (401). */
    UNAUTHORIZED,
    /** The token lacks a scope or permission for this resource (403). */
    FORBIDDEN,
    /** No such resource, or the token cannot see it (404). */
    NOT_FOUND,
    /** The forge failed or could not be reached, after retries. */
    UNAVAILABLE,
    /** The answer was not what the documented schema says. */
    MALFORMED
  }

  private final Kind kind;

  public ForgeException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ForgeException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether nothing more can be asked of the forge in this scan (the others concern one part). */
  public boolean stopsSync() {
    return kind == Kind.BUDGET
        || kind == Kind.RATE_LIMITED
        || kind == Kind.UNAUTHORIZED
        || kind == Kind.UNAVAILABLE;
  }
}
