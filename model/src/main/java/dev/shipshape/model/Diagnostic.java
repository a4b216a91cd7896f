package dev.shipshape.model;

/** Something the scan wants the reader to know: a malformed file, missing history, a limit hit. */
public record Diagnostic(Level level, String message) {

  public enum Level {
    INFO("info"),
    WARNING("warning"),
    ERROR("error");

    private final String id;

    Level(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public static Diagnostic info(String message) {
    return new Diagnostic(Level.INFO, message);
  }

  public static Diagnostic warning(String message) {
    return new Diagnostic(Level.WARNING, message);
  }

  public static Diagnostic error(String message) {
    return new Diagnostic(Level.ERROR, message);
  }
}
