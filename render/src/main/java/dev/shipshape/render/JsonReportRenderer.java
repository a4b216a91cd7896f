package dev.shipshape.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.NextStep;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.Wall;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The JSON report of REPORT-CONTRACT.md, schema {@code shipshape/report@1}. Written field by field
 * so that the contract (names and order) reads here, not in annotations on the model. Output is
 * pretty-printed with two spaces and ends with a newline; equal reports give identical bytes.
 */
public final class JsonReportRenderer implements ReportRenderer {

  /** Shared with the SARIF log: the same terminal-safe escapes and stream handling. */
  static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .characterEscapes(new TerminalSafeEscapes())
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      writeReport(g, report);
    }
    out.write('\n');
    out.flush();
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private static void writeReport(JsonGenerator g, Report r) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", Report.SCHEMA);

    g.writeObjectFieldStart("tool");
    g.writeStringField("name", r.tool().name());
    g.writeStringField("version", r.tool().version());
    g.writeEndObject();

    g.writeObjectFieldStart("repository");
    g.writeStringField("name", r.repository().name());
    g.writeStringField("location", r.repository().location());
    g.writeStringField("revision", r.repository().revision());
    g.writeStringField("branch", r.repository().branch());
    g.writeStringField("kind", r.repository().kind().id());
    g.writeEndObject();

    g.writeObjectFieldStart("window");
    g.writeStringField("since", time(r.window().since()));
    g.writeStringField("until", time(r.window().until()));
    g.writeEndObject();

    writeSummary(g, r);

    g.writeArrayFieldStart("practices");
    for (PracticeResult p : r.practices()) {
      writePractice(g, p);
    }
    g.writeEndArray();

    g.writeObjectFieldStart("inventory");
    for (InventoryCategory c : InventoryCategory.values()) {
      g.writeArrayFieldStart(c.id());
      for (String word : r.inventory().get(c)) {
        g.writeString(word);
      }
      g.writeEndArray();
    }
    g.writeEndObject();

    writeDelivery(g, r.delivery());

    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : r.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("level", d.level().id());
      g.writeStringField("message", d.message());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, Report r) throws IOException {
    g.writeObjectFieldStart("summary");
    number(g, "score", r.summary().score());
    g.writeStringField("stage", r.summary().stage().id());
    g.writeArrayFieldStart("walls");
    for (Wall w : r.summary().walls()) {
      g.writeStartObject();
      g.writeStringField("between", w.between());
      g.writeArrayFieldStart("because");
      for (String check : w.because()) {
        g.writeString(check);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("nextSteps");
    for (NextStep s : r.summary().nextSteps()) {
      g.writeStartObject();
      g.writeStringField("check", s.check());
      g.writeStringField("action", s.action());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePractice(JsonGenerator g, PracticeResult p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("title", p.title());
    number(g, "score", p.score());
    g.writeNumberField("level", p.level());
    g.writeArrayFieldStart("checks");
    for (CheckResult c : p.checks()) {
      writeCheck(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeCheck(JsonGenerator g, CheckResult c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("title", c.title());
    g.writeStringField("status", c.status().id());
    number(g, "score", c.score());
    g.writeNumberField("weight", c.weight());
    g.writeStringField("summary", c.summary());
    optional(g, "reason", c.reason());
    g.writeArrayFieldStart("evidence");
    for (Evidence e : c.evidence()) {
      g.writeStartObject();
      g.writeStringField("path", e.path());
      number(g, "line", e.line());
      g.writeStringField("commit", e.commit());
      g.writeStringField("detail", e.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    optional(g, "remediation", c.remediation());
    g.writeEndObject();
  }

  private static void writeDelivery(JsonGenerator g, Delivery d) throws IOException {
    g.writeObjectFieldStart("delivery");
    g.writeStringField("source", d.source());
    g.writeStringField("sourceDetail", d.sourceDetail());

    Delivery.DeploymentFrequency df = d.deploymentFrequency();
    g.writeObjectFieldStart("deploymentFrequency");
    number(g, "deployments", df.deployments());
    number(g, "perWeek", df.perWeek());
    number(g, "medianWeekDeploymentDays", df.medianWeekDeploymentDays());
    band(g, df.band());
    optional(g, "reason", df.reason());
    g.writeEndObject();

    Delivery.LeadTime lt = d.leadTime();
    g.writeObjectFieldStart("leadTime");
    number(g, "medianHours", lt.medianHours());
    number(g, "p90Hours", lt.p90Hours());
    number(g, "commits", lt.commits());
    number(g, "droppedNegative", lt.droppedNegative());
    band(g, lt.band());
    optional(g, "reason", lt.reason());
    g.writeEndObject();

    Delivery.ChangeFailureRate cfr = d.changeFailureRate();
    g.writeObjectFieldStart("changeFailureRate");
    number(g, "ratio", cfr.ratio());
    number(g, "failed", cfr.failed());
    number(g, "deployments", cfr.deployments());
    band(g, cfr.band());
    optional(g, "reason", cfr.reason());
    g.writeEndObject();

    Delivery.RecoveryTime rt = d.recoveryTime();
    g.writeObjectFieldStart("recoveryTime");
    number(g, "medianHours", rt.medianHours());
    number(g, "failures", rt.failures());
    band(g, rt.band());
    optional(g, "reason", rt.reason());
    g.writeEndObject();

    Delivery.ReworkRate rw = d.reworkRate();
    g.writeObjectFieldStart("reworkRate");
    number(g, "ratio", rw.ratio());
    optional(g, "reason", rw.reason());
    g.writeEndObject();

    Delivery.Flow f = d.flow();
    g.writeObjectFieldStart("flow");
    number(g, "backlogLinkedRatio", f.backlogLinkedRatio());
    number(g, "testsWithChangesRatio", f.testsWithChangesRatio());
    number(g, "batchSizeMedianLines", f.batchSizeMedianLines());
    number(g, "batchSizeP90Lines", f.batchSizeP90Lines());
    number(g, "branchLifetimeMedianHours", f.branchLifetimeMedianHours());
    number(g, "branchesMeasured", f.branchesMeasured());
    number(g, "integrationsPerWeek", f.integrationsPerWeek());
    number(g, "weeksWithIntegrationRatio", f.weeksWithIntegrationRatio());
    number(g, "activeContributors", f.activeContributors());
    number(g, "busFactor", f.busFactor());
    g.writeEndObject();

    g.writeEndObject();
  }

  /** Unknown numbers are JSON null, never 0. */
  private static void number(JsonGenerator g, String name, Integer value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private static void number(JsonGenerator g, String name, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private static void band(JsonGenerator g, Delivery.Band band) throws IOException {
    g.writeStringField("band", band == null ? null : band.id());
  }

  /** Fields the contract says are absent, not null, when there is nothing to say. */
  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  /**
   * JSON allows DEL, C1 controls and bidirectional overrides unescaped, but a person who prints the
   * report in a terminal would get them interpreted; escape them too.
   */
  private static final class TerminalSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalSafeEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean unsafe =
          (ch >= 0x80 && ch <= 0x9F)
              || ch == 0x061C
              || ch == 0x200E
              || ch == 0x200F
              || (ch >= 0x2028 && ch <= 0x202E)
              || (ch >= 0x2066 && ch <= 0x2069);
      return unsafe ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  /** ISO-8601 UTC to the second: {@code 2025-06-01T00:00:00Z}. */
  private static String time(Instant t) {
    return t == null ? null : t.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
