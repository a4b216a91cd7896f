package dev.shipshape.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.shipshape.model.Trend;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * {@code shipshape/trend@1}: the points (period bounds, commit, score, stage) and one series per
 * practice and delivery key, aligned with the points.
 */
final class TrendJsonRenderer implements TrendRenderer {
  @Override
  public void render(Trend trend, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(new NonClosing(out))) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", Trend.SCHEMA);
      g.writeStringField("location", trend.location());
      g.writeStringField("every", trend.every());
      g.writeArrayFieldStart("points");
      for (Trend.Point p : trend.points()) {
        g.writeStartObject();
        g.writeStringField("start", time(p.start()));
        g.writeStringField("end", time(p.end()));
        g.writeStringField("revision", p.revision());
        if (p.report().summary().score() == null) {
          g.writeNullField("score");
        } else {
          g.writeNumberField("score", p.report().summary().score());
        }
        g.writeStringField("stage", p.report().summary().stage().id());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("series");
      for (TrendSeries s : TrendSeries.of(trend)) {
        g.writeArrayFieldStart(s.name());
        for (Number v : s.values()) {
          if (v == null) {
            g.writeNull();
          } else if (v instanceof Integer i) {
            g.writeNumber(i);
          } else {
            g.writeNumber(v.doubleValue());
          }
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write("\n");
  }

  private static String time(java.time.Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  /** Lets the generator flush without closing the caller's writer. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
