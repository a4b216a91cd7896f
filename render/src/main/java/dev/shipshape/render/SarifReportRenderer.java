package dev.shipshape.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.Status;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A SARIF 2.1.0 log for code-scanning views (GitHub, GitLab, IDEs): one rule per check, with its
 * title, how it scores, its remediation and a link to its page; one result per failing check (level
 * {@code error}) or partial one ({@code warning}), located at its first evidence with a path, or at
 * the repository root when it has none. Passing, not-applicable, exempt and errored checks give no
 * result: they are not findings about the repository.
 */
public final class SarifReportRenderer implements ReportRenderer {

  /** The OASIS schema the log declares (2.1.0 with errata 01). */
  static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Paths are relative to the scanned repository's root, which consumers know by this name. */
  static final String ROOT = "%SRCROOT%";

  @Override
  public void render(Report report, Writer out) throws IOException {
    try (JsonGenerator g = JsonReportRenderer.FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonReportRenderer.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA_URI);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      run(g, report);
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void run(JsonGenerator g, Report r) throws IOException {
    List<CheckResult> checks = r.checks();
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", r.tool().name());
    g.writeStringField("version", r.tool().version());
    g.writeStringField("informationUri", ProjectLinks.REPOSITORY);
    g.writeArrayFieldStart("rules");
    for (CheckResult c : checks) {
      rule(g, r, c);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();

    g.writeObjectFieldStart("originalUriBaseIds");
    g.writeObjectFieldStart(ROOT);
    g.writeObjectFieldStart("description");
    g.writeStringField("text", "The root of the scanned repository.");
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();

    g.writeArrayFieldStart("results");
    for (int i = 0; i < checks.size(); i++) {
      CheckResult c = checks.get(i);
      if (c.status() == Status.FAIL || c.status() == Status.PARTIAL) {
        result(g, c, i);
      }
    }
    g.writeEndArray();

    g.writeObjectFieldStart("properties");
    if (r.summary().score() == null) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", r.summary().score());
    }
    g.writeStringField("stage", r.summary().stage().id());
    g.writeStringField("repository", r.repository().name());
    g.writeStringField("revision", r.repository().revision());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, Report r, CheckResult c) throws IOException {
    String practice = practiceTitle(r, c);
    String scoring =
        "Scores 0–10 with weight "
            + c.weight()
            + " in "
            + practice
            + ": pass at 8 or more, partial 3–7 (a warning), fail below 3 (an error).";
    String remediation = c.remediation() == null ? "" : c.remediation() + " ";
    String doc = ProjectLinks.checkDoc(c.id());
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", name(c.id()));
    text(g, "shortDescription", c.title());
    text(g, "fullDescription", remediation + scoring);
    g.writeStringField("helpUri", doc);
    g.writeObjectFieldStart("help");
    g.writeStringField(
        "text", remediation + scoring + " What it looks for and how to exempt it: " + doc);
    g.writeStringField(
        "markdown",
        (c.remediation() == null ? "" : "**Next step:** " + MarkupText.markdown(c.remediation()))
            + (c.remediation() == null ? "" : "\n\n")
            + MarkupText.markdown(scoring)
            + "\n\n[What it looks for and how to exempt it]("
            + doc
            + ")");
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("devops");
    g.writeString(c.practiceId());
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, CheckResult c, int ruleIndex) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", c.id());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", c.status() == Status.FAIL ? "error" : "warning");
    String message = c.summary() + (c.remediation() == null ? "" : " " + c.remediation());
    message(g, message);

    List<Evidence> located = new ArrayList<>();
    for (Evidence e : c.evidence()) {
      if (e.path() != null && !e.path().isEmpty()) {
        located.add(e);
      }
    }
    g.writeArrayFieldStart("locations");
    if (located.isEmpty()) {
      location(g, new Evidence(".", null, null, null));
    } else {
      location(g, located.get(0));
    }
    g.writeEndArray();
    if (located.size() > 1) {
      g.writeArrayFieldStart("relatedLocations");
      for (int i = 1; i < located.size(); i++) {
        location(g, located.get(i), i);
      }
      g.writeEndArray();
    }

    g.writeObjectFieldStart("properties");
    g.writeNumberField("score", c.score());
    g.writeNumberField("weight", c.weight());
    g.writeStringField("status", c.status().id());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Evidence e) throws IOException {
    location(g, e, null);
  }

  private static void location(JsonGenerator g, Evidence e, Integer id) throws IOException {
    g.writeStartObject();
    if (id != null) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", UriText.path(e.path()));
    g.writeStringField("uriBaseId", ROOT);
    g.writeEndObject();
    if (e.line() != null && e.line() >= 1) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", e.line());
      g.writeEndObject();
    }
    g.writeEndObject();
    if (e.detail() != null && !e.detail().isEmpty()) {
      message(g, e.detail());
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  /**
   * A SARIF message: its plain text reads {@code [text](target)} as an embedded link, so literal
   * brackets and backslashes from the repository are escaped (SARIF 2.1.0 §3.11.6).
   */
  private static void message(JsonGenerator g, String text) throws IOException {
    text(g, "message", text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]"));
  }

  private static String practiceTitle(Report r, CheckResult c) {
    for (PracticeResult p : r.practices()) {
      if (p.id().equals(c.practiceId())) {
        return p.title();
      }
    }
    return c.practiceId();
  }

  /** {@code ci-cd/tests-in-pipeline} → {@code TestsInPipeline}, SARIF's readable rule name. */
  static String name(String checkId) {
    StringBuilder b = new StringBuilder();
    for (String word : checkId.substring(checkId.indexOf('/') + 1).split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return b.toString();
  }
}
