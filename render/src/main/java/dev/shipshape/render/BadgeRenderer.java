package dev.shipshape.render;

import static dev.shipshape.render.MarkupText.html;

import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * A shields-style SVG badge for a README: "shipshape | 71 · immature DevOps", the right part
 * coloured by the level of the overall score. Widths come from approximate Verdana 11 px advances,
 * so the badge needs no font metrics at run time; every string is escaped.
 */
public final class BadgeRenderer implements ReportRenderer {

  private static final int HEIGHT = 20;
  private static final int PADDING = 6;

  @Override
  public void render(Report report, Writer out) throws IOException {
    Integer score = report.summary().score();
    String title = report.summary().stage().title();
    String label = MarkupText.oneLine(report.tool().name());
    String value =
        (score == null ? "n/a" : String.valueOf(score))
            + " · "
            + Character.toLowerCase(title.charAt(0))
            + title.substring(1);
    int left = width(label) + 2 * PADDING;
    int right = width(value) + 2 * PADDING;
    int total = left + right;
    String colour = colour(score);
    String aria = html(label + ": " + value);
    StringBuilder b = new StringBuilder();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(total)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(aria)
        .append("\">\n")
        .append("  <title>")
        .append(aria)
        .append("</title>\n")
        .append("  <linearGradient id=\"s\" x2=\"0\" y2=\"100%\">")
        .append("<stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/>")
        .append("<stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>\n")
        .append("  <clipPath id=\"r\"><rect width=\"")
        .append(total)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" rx=\"3\" fill=\"#fff\"/></clipPath>\n")
        .append("  <g clip-path=\"url(#r)\">")
        .append("<rect width=\"")
        .append(left)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" fill=\"#555\"/>")
        .append("<rect x=\"")
        .append(left)
        .append("\" width=\"")
        .append(right)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" fill=\"")
        .append(colour)
        .append("\"/>")
        .append("<rect width=\"")
        .append(total)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" fill=\"url(#s)\"/></g>\n")
        .append("  <g fill=\"#fff\" text-anchor=\"middle\"")
        .append(" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">\n");
    text(b, left / 2.0, html(label));
    text(b, left + right / 2.0, html(value));
    b.append("  </g>\n</svg>\n");
    out.write(b.toString());
    out.flush();
  }

  /** The text with its shadow, centred on {@code x}. */
  private static void text(StringBuilder b, double x, String escaped) {
    String at = ReportFigures.decimal(x, 1);
    b.append("    <text x=\"")
        .append(at)
        .append("\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">")
        .append(escaped)
        .append("</text><text x=\"")
        .append(at)
        .append("\" y=\"14\">")
        .append(escaped)
        .append("</text>\n");
  }

  /** Shields' palette by level: L4 bright green down to L0 red; grey without a score. */
  static String colour(Integer score) {
    if (score == null) {
      return "#9f9f9f";
    }
    return switch (PracticeResult.levelOf(score)) {
      case 4 -> "#4c1";
      case 3 -> "#97ca00";
      case 2 -> "#dfb317";
      case 1 -> "#fe7d37";
      default -> "#e05d44";
    };
  }

  /** Approximate width in pixels of {@code text} in Verdana at 11 px. */
  static int width(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      w += advance(cp);
    }
    return (int) Math.ceil(w);
  }

  private static double advance(int cp) {
    if (cp >= '0' && cp <= '9') {
      return 7.0;
    }
    return switch (cp) {
      case ' ' -> 3.9;
      case 'i', 'l', '|', '\'', '.', ',', ':', ';', '!' -> 3.1;
      case 'f', 'j', 't', 'r', '·', '(', ')', '[', ']', '/' -> 4.5;
      case 'm' -> 10.7;
      case 'w' -> 9.0;
      case 's', 'c', 'z' -> 5.8;
      case 'D', 'O', 'C', 'G', 'H', 'N', 'U' -> 8.4;
      case 'M', 'W' -> 10.0;
      default -> cp >= 'A' && cp <= 'Z' ? 7.5 : cp >= 'a' && cp <= 'z' ? 6.8 : 8.0;
    };
  }
}
