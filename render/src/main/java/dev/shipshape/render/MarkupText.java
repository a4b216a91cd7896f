package dev.shipshape.render;

/**
 * Strings from the scanned repository made inert in HTML, XML and Markdown. A file name or commit
 * message is data: it must not open a tag, close a CDATA section, start a table cell or a link.
 */
final class MarkupText {

  private static final TerminalText ONE_LINE = new TerminalText(false, true);

  private MarkupText() {}

  /**
   * On one line: breaks and tabs become spaces; other control characters and bidirectional
   * overrides become U+FFFD. Null becomes "".
   */
  static String oneLine(String s) {
    return ONE_LINE.clean(s);
  }

  /** Text or attribute value for HTML and XML: one line, with {@code & < > " '} as entities. */
  static String html(String s) {
    String line = oneLine(s);
    StringBuilder b = new StringBuilder(line.length() + 16);
    line.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.appendCodePoint(xmlAllowed(cp) ? cp : 0xFFFD);
              }
            });
    return b.toString();
  }

  /**
   * Prose for GitHub-flavoured Markdown, in a paragraph, a list, a table cell or an HTML block: the
   * HTML escapes, and every character Markdown would read as markup ({@code ` * _ [ ] | ~ \ @ $})
   * as a numeric entity, which renders as itself everywhere but in code spans. {@code @} too, so
   * that a commit message cannot mention people in a pull-request comment.
   */
  static String markdown(String s) {
    String escaped = html(s);
    StringBuilder b = new StringBuilder(escaped.length() + 16);
    escaped
        .codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '`', '*', '_', '[', ']', '|', '~', '\\', '@', '$' ->
                    b.append("&#").append(cp).append(';');
                default -> b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }

  /**
   * A Markdown code span holding {@code s} literally: fenced with one backtick more than the
   * longest run inside, padded when it starts or ends with a backtick. In a table cell {@code |}
   * still splits the cell in GitHub's Markdown even inside code, so it is escaped there.
   */
  static String markdownCode(String s, boolean inTable) {
    String line = oneLine(s);
    if (inTable) {
      line = line.replace("|", "\\|");
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = line.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = line.startsWith("`") || line.endsWith("`") || line.isBlank();
    String body = pad ? " " + line + " " : line;
    return fence + body + fence;
  }

  /** Whether XML 1.0 allows the character at all (HTML is laxer; one rule keeps both safe). */
  static boolean xmlAllowed(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
