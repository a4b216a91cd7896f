package dev.shipshape.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for a terminal: strings from the repository made harmless, colour and signs as the options
 * allow. A commit message or a file name is data; it must not move the cursor, change colours or
 * reorder what follows, so control, bidirectional and line-breaking characters are replaced.
 */
final class TerminalText {

  enum Colour {
    GREEN("32"),
    YELLOW("33"),
    RED("31"),
    MAGENTA("35"),
    DIM("2"),
    BOLD("1");

    private final String sgr;

    Colour(String sgr) {
      this.sgr = sgr;
    }
  }

  private final boolean colour;
  private final boolean unicode;

  TerminalText(boolean colour, boolean unicode) {
    this.colour = colour;
    this.unicode = unicode;
  }

  boolean unicode() {
    return unicode;
  }

  /** The Unicode sign, or its ASCII stand-in. */
  String sign(String unicodeSign, String asciiSign) {
    return unicode ? unicodeSign : asciiSign;
  }

  /** {@code text} (already clean) in a colour, when colours are on. */
  String paint(Colour c, String text) {
    if (!colour || c == null || text.isEmpty()) {
      return text;
    }
    return "\u001b[" + c.sgr + "m" + text + "\u001b[0m";
  }

  /**
   * A repository-derived string made safe to print on one line: line breaks and tabs become spaces;
   * other control characters (ESC, BEL, C1 controls such as CSI) and bidirectional overrides become
   * a visible replacement sign. Null becomes "".
   */
  String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
                b.append(' ');
              } else if (Character.isISOControl(cp) || isBidiControl(cp)) {
                b.append(unicode ? '\uFFFD' : '?');
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }

  private static boolean isBidiControl(int cp) {
    return cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** Columns a clean, uncoloured string takes (one per code point: good enough for alignment). */
  static int width(String clean) {
    return clean.codePointCount(0, clean.length());
  }

  /** {@code clean} padded with spaces on the right to {@code columns}. */
  static String padRight(String clean, int columns) {
    return clean + " ".repeat(Math.max(0, columns - width(clean)));
  }

  /** {@code clean} padded with spaces on the left to {@code columns}. */
  static String padLeft(String clean, int columns) {
    return " ".repeat(Math.max(0, columns - width(clean))) + clean;
  }

  /**
   * {@code clean} broken at spaces into lines of at most {@code columns} (a longer word keeps its
   * own line); never empty.
   */
  static List<String> wrap(String clean, int columns) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : clean.trim().split(" +")) {
      if (line.length() > 0 && width(line.toString()) + 1 + width(word) > columns) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
