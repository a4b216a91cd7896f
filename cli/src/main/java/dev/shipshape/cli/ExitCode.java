package dev.shipshape.cli;

/** Exit codes by kind of outcome; scripts and pipelines rely on these. */
public enum ExitCode {
  /** The job was done. */
  OK(0),
  /** The quality gate failed (the report was still written). */
  GATE_FAILED(1),
  /** Bad usage or input: an unknown option, a missing path, an unknown revision. */
  USAGE(2),
  /** A bug or an environment problem inside shipshape. */
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
