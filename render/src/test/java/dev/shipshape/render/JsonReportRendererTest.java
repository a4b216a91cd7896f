package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.model.Report;
import dev.shipshape.model.Window;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class JsonReportRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  static String json(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportRenderer().render(report, out);
    String json = out.toString();
    assertThat(ReportSchema.validate(json)).as("schema problems").isEmpty();
    return json;
  }

  static JsonNode tree(Report report) throws IOException {
    return new ObjectMapper().readTree(json(report));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFileAndSchema(String name) throws IOException {
    Golden.assertMatches(name + ".expected.json", json(SampleReports.named(name)));
  }

  @Test
  void equalReportsGiveIdenticalBytes() throws IOException {
    assertThat(json(SampleReports.full())).isEqualTo(json(SampleReports.full()));
  }

  @Test
  void fieldsComeInTheOrderOfTheContract() throws IOException {
    JsonNode root = tree(SampleReports.full());
    assertThat(root.fieldNames())
        .toIterable()
        .containsExactly(
            "schema",
            "tool",
            "repository",
            "window",
            "summary",
            "practices",
            "inventory",
            "delivery",
            "diagnostics");
    assertThat(root.get("schema").asText()).isEqualTo("shipshape/report@1");
    assertThat(root.get("inventory").fieldNames())
        .toIterable()
        .containsExactly(
            "ci",
            "deploy",
            "iac",
            "tests",
            "observability",
            "security",
            "collaboration",
            "operations");
    assertThat(root.at("/practices/1/checks/1").fieldNames())
        .toIterable()
        .containsExactly(
            "id", "title", "status", "score", "weight", "summary", "evidence", "remediation");
  }

  @Test
  void unknownNumbersAreNullWithAReasonNeverZero() throws IOException {
    JsonNode delivery = tree(SampleReports.unknownDelivery()).get("delivery");
    assertThat(delivery.get("source").asText()).isEqualTo("none");
    assertThat(delivery.at("/leadTime/medianHours").isNull()).isTrue();
    assertThat(delivery.at("/deploymentFrequency/deployments").isNull()).isTrue();
    assertThat(delivery.at("/changeFailureRate/band").isNull()).isTrue();
    assertThat(delivery.at("/reworkRate/reason").asText()).startsWith("no deployment events");
    assertThat(delivery.at("/flow/busFactor").isNull()).isTrue();
  }

  @Test
  void optionalTextIsAbsentAndEvidenceFieldsAlwaysPresent() throws IOException {
    JsonNode history = tree(SampleReports.full()).at("/practices/0/checks/0");
    assertThat(history.has("reason")).isFalse();
    assertThat(history.has("remediation")).isFalse();
    JsonNode evidence = history.at("/evidence/0");
    assertThat(evidence.fieldNames())
        .toIterable()
        .containsExactly("path", "line", "commit", "detail");
    assertThat(evidence.get("line").isNull()).isTrue();

    JsonNode exempt = tree(SampleReports.unscoredChecks()).at("/practices/9/checks/1");
    assertThat(exempt.get("status").asText()).isEqualTo("exempt");
    assertThat(exempt.get("score").isNull()).isTrue();
    assertThat(exempt.get("reason").asText()).contains("platform team");
  }

  @Test
  void timesAreUtcToTheSecond() throws IOException {
    Report full = SampleReports.full();
    Report precise =
        new Report(
            full.tool(),
            full.repository(),
            new Window(Instant.parse("2025-06-01T00:00:00.999Z"), null),
            full.summary(),
            full.practices(),
            full.inventory(),
            full.delivery(),
            full.diagnostics());
    JsonNode window = tree(precise).get("window");
    assertThat(window.get("since").asText()).isEqualTo("2025-06-01T00:00:00Z");
    assertThat(window.get("until").isNull()).isTrue();
  }

  @Test
  void stringsAreEscapedNotDropped() throws IOException {
    Report hostile = SampleReports.hostileStrings();
    JsonNode root = tree(hostile);
    assertThat(root.at("/repository/name").asText()).isEqualTo(hostile.repository().name());
    assertThat(root.at("/practices/0/checks/0/summary").asText()).contains("日本語 🚀\"\n");
    assertThat(json(hostile)).doesNotContain("\u001b").contains("\\u001B");
  }

  @Test
  void prettyPrintedWithTwoSpacesAndATrailingNewline() throws IOException {
    String json = json(SampleReports.full());
    assertThat(json).startsWith("{\n  \"schema\": \"shipshape/report@1\",\n").endsWith("}\n");
    assertThat(json).doesNotContain("\r").doesNotContain("\t");
  }
}
