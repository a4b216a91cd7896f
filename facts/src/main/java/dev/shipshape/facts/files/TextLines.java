package dev.shipshape.facts.files;

/** Line numbers of offsets in a text, for evidence. */
public final class TextLines {
  private TextLines() {}

  /** The 1-based line of the character at {@code offset}. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
