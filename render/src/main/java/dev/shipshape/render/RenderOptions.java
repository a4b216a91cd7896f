package dev.shipshape.render;

/**
 * How a renderer may present the report; formats that have no use for an option ignore it. The
 * caller decides (the CLI turns colour off with {@code NO_COLOR} or when the output is not a
 * terminal).
 *
 * @param colour ANSI colours for statuses and levels
 * @param unicode Unicode bars and signs; plain ASCII when false
 * @param verbose every check with its status, score and first evidence
 */
public record RenderOptions(boolean colour, boolean unicode, boolean verbose) {

  /** No colour, Unicode, not verbose: what files and golden tests use. */
  public static RenderOptions plain() {
    return new RenderOptions(false, true, false);
  }

  public RenderOptions withColour(boolean colour) {
    return new RenderOptions(colour, unicode, verbose);
  }

  public RenderOptions withUnicode(boolean unicode) {
    return new RenderOptions(colour, unicode, verbose);
  }

  public RenderOptions withVerbose(boolean verbose) {
    return new RenderOptions(colour, unicode, verbose);
  }
}
