package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.model.Stage;
import dev.shipshape.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The full sample with one change made to its JSON. */
  private static String broken(Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) JsonReportRendererTest.tree(SampleReports.full());
    change.accept(root);
    return MAPPER.writeValueAsString(root);
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  @Test
  void rejectsAStatusOutsideTheVocabulary() throws IOException {
    String json = broken(r -> at(r, "/practices/0/checks/0").put("status", "passed"));
    assertThat(ReportSchema.validate(json)).anyMatch(p -> p.contains("status"));
  }

  @Test
  void rejectsAnInventoryWordOutsideTheVocabulary() throws IOException {
    String json = broken(r -> ((ArrayNode) r.at("/inventory/ci")).add("github-action"));
    assertThat(ReportSchema.validate(json)).anyMatch(p -> p.contains("inventory.ci"));
  }

  @Test
  void rejectsAnInventoryWordOfAnotherCategory() throws IOException {
    String json = broken(r -> ((ArrayNode) r.at("/inventory/ci")).add("helm"));
    assertThat(ReportSchema.validate(json)).isNotEmpty();
  }

  @Test
  void rejectsAnInventoryCategoryOfItsOwn() throws IOException {
    String json = broken(r -> at(r, "/inventory").putArray("languages").add("java"));
    assertThat(ReportSchema.validate(json)).isNotEmpty();
  }

  @Test
  void rejectsAMissingRequiredField() throws IOException {
    String json = broken(r -> at(r, "/summary").remove("stage"));
    assertThat(ReportSchema.validate(json)).anyMatch(p -> p.contains("stage"));
  }

  @Test
  void rejectsZeroStandingInForAnUnknownKey() throws IOException {
    String json =
        broken(
            r -> {
              ObjectNode lead = at(r, "/delivery/leadTime");
              lead.putNull("medianHours");
              lead.remove("reason");
            });
    assertThat(ReportSchema.validate(json)).anyMatch(p -> p.contains("reason"));
  }

  @Test
  void rejectsAScoreOnACheckThatDoesNotApply() throws IOException {
    String json =
        broken(
            r ->
                at(r, "/practices/0/checks/0")
                    .put("status", "not-applicable")
                    .put("reason", "a library"));
    assertThat(ReportSchema.validate(json)).isNotEmpty();
  }

  @Test
  void rejectsAStatusThatDisagreesWithTheScore() throws IOException {
    String json = broken(r -> at(r, "/practices/0/checks/0").put("status", "fail"));
    assertThat(ReportSchema.validate(json)).isNotEmpty();
  }

  @Test
  void rejectsALevelThatDisagreesWithTheScore() throws IOException {
    String json = broken(r -> at(r, "/practices/0").put("level", 2));
    assertThat(ReportSchema.validate(json)).isNotEmpty();
  }

  @Test
  void rejectsPracticesOutOfOrderOrMissing() throws IOException {
    assertThat(ReportSchema.validate(broken(r -> ((ArrayNode) r.get("practices")).remove(9))))
        .isNotEmpty();
    String swapped =
        broken(
            r -> {
              ArrayNode practices = (ArrayNode) r.get("practices");
              JsonNode first = practices.remove(0);
              practices.add(first);
            });
    assertThat(ReportSchema.validate(swapped)).isNotEmpty();
  }

  @Test
  void rejectsFractionalSecondsAndLocalTimes() throws IOException {
    assertThat(
            ReportSchema.validate(
                broken(r -> at(r, "/window").put("since", "2025-06-01T00:00:00.5Z"))))
        .isNotEmpty();
    assertThat(
            ReportSchema.validate(
                broken(r -> at(r, "/window").put("since", "2025-06-01T02:00:00+02:00"))))
        .isNotEmpty();
  }

  @Test
  void allowsFieldsAddedWhereTheContractAllowsThem() throws IOException {
    String json =
        broken(
            r -> {
              r.putObject("scan").put("startedAt", "2026-06-01T10:00:00Z");
              at(r, "/practices/0/checks/0").put("docs", "https://example.org/checks/history");
            });
    assertThat(ReportSchema.validate(json)).isEmpty();
  }

  @Test
  void saysWhenTheInputIsNotJson() {
    assertThat(ReportSchema.validate("{\"schema\": "))
        .singleElement()
        .asString()
        .startsWith("not JSON");
    assertThat(ReportSchema.validate("")).singleElement().asString().startsWith("not JSON");
    assertThat(ReportSchema.validate("{} {}")).singleElement().asString().startsWith("not JSON");
  }

  @Test
  void vocabularyMatchesTheModel() throws IOException {
    JsonNode schema = MAPPER.readTree(ReportSchema.text());
    for (InventoryCategory c : InventoryCategory.values()) {
      assertThat(strings(schema.at("/properties/inventory/properties/" + c.id() + "/items/enum")))
          .as(c.id())
          .containsExactlyElementsOf(c.words());
    }
    assertThat(strings(schema.at("/$defs/check/properties/status/enum")))
        .containsExactlyElementsOf(Arrays.stream(Status.values()).map(Status::id).toList());
    assertThat(strings(schema.at("/properties/summary/properties/stage/enum")))
        .containsExactlyElementsOf(Arrays.stream(Stage.values()).map(Stage::id).toList());
    assertThat(strings(schema.at("/properties/repository/properties/kind/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(RepositoryKind.values()).map(RepositoryKind::id).toList());
    List<String> bands = new ArrayList<>(strings(schema.at("/$defs/band/enum")));
    assertThat(bands)
        .containsExactlyElementsOf(
            Arrays.stream(Delivery.Band.values()).map(Delivery.Band::id).toList());
    assertThat(strings(schema.at("/properties/diagnostics/items/properties/level/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(Diagnostic.Level.values()).map(Diagnostic.Level::id).toList());
    List<String> practiceIds =
        StreamSupport.stream(schema.at("/properties/practices/prefixItems").spliterator(), false)
            .map(p -> p.at("/properties/id/const").asText())
            .toList();
    assertThat(practiceIds)
        .containsExactlyElementsOf(Arrays.stream(Practice.values()).map(Practice::id).toList());
  }

  @Test
  void classpathCopyIsThePublishedSchema() throws IOException {
    Path published = Path.of("..", "docs", "report.schema.json");
    assertThat(ReportSchema.text()).isEqualTo(Files.readString(published));
  }

  /** The string values of a JSON array (nulls left out). */
  private static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).as("expected an array, got %s", array).isTrue();
    return StreamSupport.stream(array.spliterator(), false)
        .filter(JsonNode::isTextual)
        .map(JsonNode::asText)
        .toList();
  }
}
