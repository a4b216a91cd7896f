package dev.shipshape.cli;

/** Input the user can fix. Its message is the one line printed; the exit code is 2. */
public class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
