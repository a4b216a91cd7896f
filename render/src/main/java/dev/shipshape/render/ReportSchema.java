package dev.shipshape.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schema of the report ({@code docs/report.schema.json}, copied onto the classpath by the
 * build), so that tests in any module can check the reports they write.
 */
public final class ReportSchema {

  /** Where the schema sits on the classpath. */
  public static final String RESOURCE = "/dev/shipshape/render/report.schema.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final String TEXT = load();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(TEXT);

  private ReportSchema() {}

  /** The schema itself, as published. */
  public static String text() {
    return TEXT;
  }

  /**
   * What is wrong with {@code json} as a {@code shipshape/report@1} report: one line per problem,
   * sorted; empty when it is valid.
   */
  public static List<String> validate(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      return List.of("not JSON: empty input");
    }
    return SCHEMA.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static String load() {
    try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
