package dev.shipshape.render;

import dev.shipshape.model.Trend;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One self-contained page: a line chart per series in inline SVG, no script, no request to any
 * network, every repository string escaped.
 */
final class TrendHtmlRenderer implements TrendRenderer {
  private static final int W = 640;
  private static final int H = 120;

  @Override
  public void render(Trend trend, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>shipshape trend · ")
        .append(MarkupText.html(trend.location()))
        .append("</title>\n")
        .append(
            "<style>body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:760px;padding:0 1rem;color:#1f2933}")
        .append(
            "h1{font-size:1.4rem}h2{font-size:1rem;margin:1.5rem 0 .3rem}svg{width:100%;height:auto;background:#f8fafc;border-radius:6px}")
        .append(
            ".meta{color:#52606d}.v{font-variant-numeric:tabular-nums;color:#52606d;font-size:.9rem}@media print{body{margin:0}}</style>\n")
        .append("</head><body>\n<h1>shipshape trend</h1>\n<p class=\"meta\">")
        .append(MarkupText.html(trend.location()))
        .append(" · every ")
        .append(MarkupText.html(trend.every()))
        .append(" · ")
        .append(trend.points().size())
        .append(" points");
    if (!trend.points().isEmpty()) {
      b.append(" · ")
          .append(TrendSeries.day(trend.points().get(0).start()))
          .append(" → ")
          .append(TrendSeries.day(trend.points().get(trend.points().size() - 1).end()));
    }
    b.append("</p>\n");
    for (TrendSeries s : TrendSeries.of(trend)) {
      b.append("<h2>").append(MarkupText.html(s.name())).append("</h2>\n");
      b.append("<p class=\"v\">first ")
          .append(number(s.first()))
          .append(" · last ")
          .append(number(s.last()))
          .append("</p>\n");
      b.append(chart(s.values()));
    }
    b.append("</body></html>\n");
    out.write(b.toString());
  }

  private static String chart(List<Number> values) {
    double min =
        values.stream().filter(Objects::nonNull).mapToDouble(Number::doubleValue).min().orElse(0);
    double max =
        values.stream().filter(Objects::nonNull).mapToDouble(Number::doubleValue).max().orElse(1);
    if (max == min) {
      max = min + 1;
    }
    StringBuilder path = new StringBuilder();
    int n = Math.max(1, values.size() - 1);
    boolean pen = false;
    for (int i = 0; i < values.size(); i++) {
      Number v = values.get(i);
      if (v == null) {
        pen = false;
        continue;
      }
      double x = 10 + (W - 20) * (double) i / n;
      double y = H - 10 - (H - 20) * (v.doubleValue() - min) / (max - min);
      path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
      pen = true;
    }
    return "<svg viewBox=\"0 0 "
        + W
        + " "
        + H
        + "\" role=\"img\"><path d=\""
        + path.toString().trim()
        + "\" fill=\"none\" stroke=\"#2563eb\" stroke-width=\"2\"/></svg>\n";
  }

  private static String number(Number n) {
    return n == null
        ? "—"
        : n.doubleValue() == Math.rint(n.doubleValue())
            ? String.valueOf(Math.round(n.doubleValue()))
            : String.format(Locale.ROOT, "%.2f", n.doubleValue());
  }
}
