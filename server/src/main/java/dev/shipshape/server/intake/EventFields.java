package dev.shipshape.server.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the fields of an event payload, failing with a reason a sender can act on. */
final class EventFields {
  static final int MAX_ID = 300;
  static final int MAX_TEXT = 300;

  private EventFields() {}

  static JsonNode object(JsonNode node, String what) {
    if (node == null || !node.isObject()) {
      throw new MalformedEvent(what + " must be a JSON object");
    }
    return node;
  }

  static String required(JsonNode node, String field) {
    String v = optional(node, field);
    if (v == null || v.isBlank()) {
      throw new MalformedEvent("'" + field + "' is required");
    }
    return v;
  }

  static String optional(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw new MalformedEvent("'" + field + "' must be a string");
    }
    String text = v.asText();
    if (text.length() > MAX_TEXT) {
      throw new MalformedEvent("'" + field + "' is longer than " + MAX_TEXT + " characters");
    }
    return text;
  }

  static String id(JsonNode node, String field) {
    String id = required(node, field);
    if (id.length() > MAX_ID) {
      throw new MalformedEvent("'" + field + "' is longer than " + MAX_ID + " characters");
    }
    return id;
  }

  static Instant time(JsonNode node, String field, boolean required) {
    String text = required ? required(node, field) : optional(node, field);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        throw new MalformedEvent(
            "'" + field + "' is not an ISO-8601 time with an offset (2026-01-05T09:00:00Z)");
      }
    }
  }

  /** A commit id: 4–64 hex digits, lower-cased. */
  static String commit(String text, String field) {
    if (text == null) {
      return null;
    }
    if (!text.matches("[0-9a-fA-F]{4,64}")) {
      throw new MalformedEvent("'" + field + "' is not a commit id (4 to 64 hex digits)");
    }
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
