package dev.shipshape.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Clock;

/**
 * Structured logs: one JSON object per line ({@code time}, {@code level}, {@code event}, then the
 * fields given), so that a log pipeline needs no parsing rules. Secrets are never passed here.
 */
public final class JsonLog {
  private static final JsonFactory JSON = new JsonFactory();
  private final PrintStream out;
  private final Clock clock;

  public JsonLog(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  public void info(String event, Object... fields) {
    write("info", event, fields);
  }

  public void warn(String event, Object... fields) {
    write("warn", event, fields);
  }

  public void error(String event, Object... fields) {
    write("error", event, fields);
  }

  /** {@code fields} alternate names and values; values are written as numbers or strings. */
  private void write(String level, String event, Object... fields) {
    StringWriter line = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("time", clock.instant().toString());
      g.writeStringField("level", level);
      g.writeStringField("event", event);
      for (int i = 0; i + 1 < fields.length; i += 2) {
        String name = String.valueOf(fields[i]);
        Object v = fields[i + 1];
        if (v == null) {
          g.writeNullField(name);
        } else if (v instanceof Long || v instanceof Integer) {
          g.writeNumberField(name, ((Number) v).longValue());
        } else if (v instanceof Double d) {
          g.writeNumberField(name, d);
        } else {
          g.writeStringField(name, v.toString());
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}
