package dev.shipshape.render;

import dev.shipshape.model.Trend;
import java.io.IOException;
import java.io.Writer;

/** Renders a trend. */
@FunctionalInterface
public interface TrendRenderer {
  void render(Trend trend, Writer out) throws IOException;

  /** The trend formats by name: text, json, html. */
  static TrendRenderer forFormat(String name, RenderOptions options) {
    return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> new TrendTextRenderer(options);
      case "json" -> new TrendJsonRenderer();
      // the latest point's full report, with a sparkline of every point
      case "html" ->
          (trend, out) -> {
            if (trend.points().isEmpty()) {
              new TrendHtmlRenderer().render(trend, out);
            } else {
              new HtmlReportRenderer(options, TrendPoint.of(trend))
                  .render(trend.points().get(trend.points().size() - 1).report(), out);
            }
          };
      default ->
          throw new IllegalArgumentException(
              "unknown trend format '" + name + "': use one of text, json, html");
    };
  }
}
