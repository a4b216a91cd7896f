package dev.shipshape.render;

import dev.shipshape.model.Trend;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A table: each series with its first and last value, an arrow and a sparkline of every point. */
final class TrendTextRenderer implements TrendRenderer {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";
  private static final String ASCII_SPARKS = "_.-=+*#@";

  private final TerminalText text;

  TrendTextRenderer(RenderOptions options) {
    this.text = new TerminalText(options.colour(), options.unicode());
  }

  @Override
  public void render(Trend trend, Writer out) throws IOException {
    List<Trend.Point> points = trend.points();
    out.write(
        text.paint(TerminalText.Colour.BOLD, text.clean(trend.location()))
            + "  ·  every "
            + trend.every()
            + "  ·  "
            + points.size()
            + " points");
    if (!points.isEmpty()) {
      out.write(
          "  ·  "
              + TrendSeries.day(points.get(0).start())
              + " → "
              + TrendSeries.day(points.get(points.size() - 1).end()));
    }
    out.write("\n\n");
    if (points.isEmpty()) {
      out.write("No commits in the window: nothing to show.\n");
      return;
    }
    out.write(
        TerminalText.padRight("", 26)
            + TerminalText.padLeft("first", 8)
            + TerminalText.padLeft("last", 8)
            + "     \n");
    for (TrendSeries s : TrendSeries.of(trend)) {
      Number first = s.first();
      Number last = s.last();
      out.write(
          "  "
              + TerminalText.padRight(s.name(), 24)
              + TerminalText.padLeft(number(first), 8)
              + TerminalText.padLeft(number(last), 8)
              + "  "
              + arrow(s.name(), first, last)
              + "  "
              + sparkline(s.values())
              + "\n");
    }
    out.write("\n");
    out.write("  stage at each point: ");
    out.write(
        String.join(
            " ",
            points.stream()
                .map(
                    p ->
                        p.report()
                            .summary()
                            .stage()
                            .id()
                            .substring(0, 1)
                            .toUpperCase(java.util.Locale.ROOT))
                .toList()));
    out.write("   (T traditional, I immature, M mature)\n");
  }

  private String arrow(String name, Number first, Number last) {
    if (first == null || last == null) {
      return " ";
    }
    double d = last.doubleValue() - first.doubleValue();
    // for these, lower is better
    boolean lowerIsBetter =
        name.equals("leadTimeMedianHours")
            || name.equals("changeFailureRate")
            || name.equals("recoveryTimeMedianHours");
    if (Math.abs(d) < 1e-9) {
      return text.sign("→", "=");
    }
    boolean better = lowerIsBetter ? d < 0 : d > 0;
    String sign = d > 0 ? text.sign("↑", "^") : text.sign("↓", "v");
    return text.paint(better ? TerminalText.Colour.GREEN : TerminalText.Colour.RED, sign);
  }

  private String sparkline(List<Number> values) {
    String sparks = text.unicode() ? SPARKS : ASCII_SPARKS;
    double min =
        values.stream()
            .filter(java.util.Objects::nonNull)
            .mapToDouble(Number::doubleValue)
            .min()
            .orElse(0);
    double max =
        values.stream()
            .filter(java.util.Objects::nonNull)
            .mapToDouble(Number::doubleValue)
            .max()
            .orElse(0);
    StringBuilder b = new StringBuilder();
    for (Number v : values) {
      if (v == null) {
        b.append(' ');
      } else {
        int i =
            max == min
                ? sparks.length() / 2
                : (int) Math.round((v.doubleValue() - min) / (max - min) * (sparks.length() - 1));
        b.append(sparks.charAt(i));
      }
    }
    return b.toString();
  }

  private static String number(Number n) {
    if (n == null) {
      return "—";
    }
    if (n instanceof Integer || n.doubleValue() == Math.rint(n.doubleValue())) {
      return String.valueOf(Math.round(n.doubleValue()));
    }
    return String.format(java.util.Locale.ROOT, "%.2f", n.doubleValue());
  }
}
