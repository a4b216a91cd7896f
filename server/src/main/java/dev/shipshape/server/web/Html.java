package dev.shipshape.server.web;

/**
 * Builds server-rendered pages. Every piece of data goes through {@link #text} or {@link #attr}
 * (escaped); only the markup written in this package goes in raw.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /** Raw markup written by this package, never data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Escaped text. */
  Html text(Object value) {
    out.append(escape(value == null ? "" : value.toString()));
    return this;
  }

  /** {@code name="escaped value"}, with a leading space. */
  Html attr(String name, Object value) {
    out.append(' ')
        .append(name)
        .append("=\"")
        .append(escape(value == null ? "" : value.toString()))
        .append('"');
    return this;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
