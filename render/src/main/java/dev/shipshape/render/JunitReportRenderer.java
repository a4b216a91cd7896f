package dev.shipshape.render;

import static dev.shipshape.render.MarkupText.html;

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
 * JUnit XML, the test-report format every CI server shows: one {@code <testsuite>} per practice,
 * one {@code <testcase>} per check. Fail and partial are failures (partial says its score),
 * not-applicable and exempt are skipped with their reason, error is an error; the evidence goes to
 * {@code <system-out>}. Written by hand so that the output is byte-stable; every string is escaped
 * and characters XML cannot hold become U+FFFD.
 */
public final class JunitReportRenderer implements ReportRenderer {

  @Override
  public void render(Report report, Writer out) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Counts all = Counts.of(report.checks());
    lines.add(
        "<testsuites name=\""
            + html(report.tool().name() + ": " + report.repository().name())
            + "\""
            + all.attributes()
            + ">");
    for (PracticeResult p : report.practices()) {
      suite(p, lines);
    }
    lines.add("</testsuites>");
    for (String line : lines) {
      out.write(line);
      out.write('\n');
    }
    out.flush();
  }

  private static void suite(PracticeResult p, List<String> lines) {
    Counts counts = Counts.of(p.checks());
    lines.add("  <testsuite name=\"" + html(p.id()) + "\"" + counts.attributes() + ">");
    lines.add("    <properties>");
    property(lines, "title", p.title());
    property(lines, "score", p.score() == null ? "n/a" : String.valueOf(p.score()));
    property(lines, "level", String.valueOf(p.level()));
    lines.add("    </properties>");
    for (CheckResult c : p.checks()) {
      testcase(p, c, lines);
    }
    lines.add("  </testsuite>");
  }

  private static void property(List<String> lines, String name, String value) {
    lines.add("      <property name=\"" + name + "\" value=\"" + html(value) + "\"/>");
  }

  private static void testcase(PracticeResult p, CheckResult c, List<String> lines) {
    lines.add(
        "    <testcase classname=\""
            + html(p.id())
            + "\" name=\""
            + html(c.id())
            + "\" time=\"0\">");
    String remediation = c.remediation() == null ? "" : "\nNext step: " + c.remediation();
    switch (c.status()) {
      case FAIL ->
          element(
              lines,
              "failure",
              "fail, " + c.score() + "/10: " + c.summary(),
              "fail",
              c.summary() + remediation);
      case PARTIAL ->
          element(
              lines,
              "failure",
              "partial, " + c.score() + "/10: " + c.summary(),
              "partial",
              c.summary() + remediation);
      case NOT_APPLICABLE, EXEMPT ->
          lines.add(
              "      <skipped message=\"" + html(c.status().id() + ": " + reason(c)) + "\"/>");
      case ERROR -> element(lines, "error", "error: " + reason(c), "error", reason(c));
      case PASS -> {}
    }
    List<String> out = new ArrayList<>();
    out.add(
        c.status().id() + (c.score() == null ? "" : " " + c.score() + "/10") + ": " + c.summary());
    for (Evidence e : c.evidence()) {
      String location = e.location();
      String detail = e.detail() == null ? "" : e.detail();
      out.add(
          location.isEmpty() ? detail : detail.isEmpty() ? location : location + " — " + detail);
    }
    if (c.status() == Status.PASS && c.remediation() != null) {
      out.add("Next step: " + c.remediation());
    }
    lines.add("      <system-out>" + text(String.join("\n", out)) + "</system-out>");
    lines.add("    </testcase>");
  }

  private static void element(
      List<String> lines, String name, String message, String type, String body) {
    lines.add(
        "      <"
            + name
            + " message=\""
            + html(message)
            + "\" type=\""
            + type
            + "\">"
            + text(body)
            + "</"
            + name
            + ">");
  }

  private static String reason(CheckResult c) {
    return c.reason() == null ? c.summary() : c.reason();
  }

  /** Element content over several lines: each line escaped and flattened on its own. */
  private static String text(String s) {
    List<String> lines = new ArrayList<>();
    for (String line : s.split("\n", -1)) {
      lines.add(html(line));
    }
    return String.join("\n", lines);
  }

  /** How many checks ran, failed, errored and were skipped; every check counts as a test. */
  private record Counts(int tests, int failures, int errors, int skipped) {
    static Counts of(List<CheckResult> checks) {
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      for (CheckResult c : checks) {
        switch (c.status()) {
          case FAIL, PARTIAL -> failures++;
          case ERROR -> errors++;
          case NOT_APPLICABLE, EXEMPT -> skipped++;
          case PASS -> {}
        }
      }
      return new Counts(checks.size(), failures, errors, skipped);
    }

    String attributes() {
      return " tests=\""
          + tests
          + "\" failures=\""
          + failures
          + "\" errors=\""
          + errors
          + "\" skipped=\""
          + skipped
          + "\" time=\"0\"";
    }
  }
}
