package dev.shipshape.facts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.facts.delivery.DeliveryEvents.Result;
import dev.shipshape.model.Diagnostic;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventParserTest {

  private static DeliveryEvents parse(String content) {
    return EventParser.parse(List.of(new DeliveryOptions.EventInput("ev.json", content)));
  }

  @Test
  void aJsonArrayInTheThreeFormats() {
    DeliveryEvents e =
        parse(
            """
            [
              {"type": "deployment", "id": "a", "environment": "prod", "commit": "abc1234",
               "finishedAt": "2026-01-05T10:00:00+02:00", "result": "rolled_back"},
              {"id": "b", "finishedDate": "2026-01-05T11:00:00Z", "result": "SUCCESS",
               "deploymentCommits": [{"commitSha": "def5678", "refName": "main"}]},
              {"issueKey": "INC-1", "title": "down", "type": "INCIDENT",
               "createdDate": "2026-01-05T12:00:00Z", "resolutionDate": "2026-01-05T13:00:00Z"},
              {"context": {"id": "c", "type": "dev.cdevents.service.rolledback.0.1.1",
                           "timestamp": "2026-01-05T14:00:00Z"},
               "subject": {"id": "app", "content": {"environment": {"id": "production"},
                           "artifactId": "pkg:oci/app@sha256:1?commit=0123abcd"}}}
            ]
            """);
    assertThat(e.diagnostics()).isEmpty();
    assertThat(e.deployments()).hasSize(3);
    assertThat(e.deployments().get(0).finishedAt())
        .isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
    assertThat(e.deployments().get(0).result()).isEqualTo(Result.ROLLED_BACK);
    assertThat(e.deployments().get(1).commit()).isEqualTo("def5678");
    assertThat(e.deployments().get(2).rollback()).isTrue();
    assertThat(e.deployments().get(2).commit()).isEqualTo("0123abcd");
    assertThat(e.incidents()).singleElement().satisfies(i -> assertThat(i.id()).isEqualTo("INC-1"));
  }

  @Test
  void aBadLineIsADiagnosticWithItsNumberAndTheRestIsUsed() {
    DeliveryEvents e =
        parse(
            """
            {"type":"deployment","id":"a","finishedAt":"2026-01-05T10:00:00Z"}
            {"type":"deployment","id":"b","finishedAt":"yesterday"}
            {"type":"deployment","id":"a","finishedAt":"2026-02-05T10:00:00Z"}
            {"type":"deployment","id":"c","environment":"staging","finishedAt":"2026-01-05T10:00:00Z"}
            """);
    assertThat(e.diagnostics())
        .extracting(Diagnostic::message)
        .singleElement()
        .satisfies(
            m -> assertThat(m).startsWith("ev.json:2: 'finishedAt' is not an ISO-8601 time"));
    // a counted once (the first), c kept but not production
    assertThat(e.deployments())
        .extracting(DeliveryEvents.DeploymentEvent::id)
        .containsExactly("a", "c");
    assertThat(e.deployments().get(0).finishedAt())
        .isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
    assertThat(e.deployments().get(1).production()).isFalse();
  }

  @Test
  void aSyntaxErrorInAnArrayKeepsWhatCameBefore() {
    DeliveryEvents e =
        parse(
            "[\n{\"type\":\"deployment\",\"id\":\"a\",\"finishedAt\":\"2026-01-05T10:00:00Z\"},\n"
                + "{\"type\": oops}\n]");
    assertThat(e.deployments()).hasSize(1);
    assertThat(e.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("ev.json:3:"));
  }

  @Test
  void anArrayNestedTooDeeplyIsADiagnosticNamingTheFileAlone() {
    DeliveryEvents e = parse("[".repeat(5000) + "]".repeat(5000));
    assertThat(e.deployments()).isEmpty();
    assertThat(e.diagnostics())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .startsWith("ev.json: not valid JSON (")
                    .contains("nesting depth"));
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
  }

  @Test
  void oneEventOfANamedFormatIsReadOrRefusedWithItsReason() throws Exception {
    assertThat(
            EventParser.nativeEvent(
                json(
                    "{\"type\":\"incident\",\"id\":\"i\","
                        + "\"createdAt\":\"2026-01-05T10:00:00Z\"}")))
        .isInstanceOf(DeliveryEvents.IncidentEvent.class);
    assertThatThrownBy(
            () -> EventParser.nativeEvent(json("{\"type\":\"deployment\",\"id\":\"d\"}")))
        .isInstanceOf(EventParser.InvalidEvent.class)
        .hasMessage("no 'finishedAt'");
    assertThatThrownBy(() -> EventParser.cdEvent(json("[1]")))
        .isInstanceOf(EventParser.InvalidEvent.class);
  }

  @Test
  void aDevLakeDeploymentWithoutIdIsNamedByItsCommitAndAnIssueThatIsNoIncidentIsIgnored()
      throws Exception {
    DeliveryEvents.DeploymentEvent d =
        EventParser.devLakeDeployment(
            json(
                "{\"finishedDate\":\"2026-01-05T11:00:00Z\",\"result\":\"ABORTED\","
                    + "\"commitSha\":\"def5678\"}"));
    assertThat(d.id()).isEqualTo("devlake-def5678-2026-01-05T11:00:00Z");
    assertThat(d.result()).isEqualTo(Result.FAILURE);
    assertThatThrownBy(
            () ->
                EventParser.devLakeDeployment(json("{\"finishedDate\":\"2026-01-05T11:00:00Z\"}")))
        .hasMessageContaining("'id'");
    assertThat(
            EventParser.devLakeIssue(
                json(
                    "{\"issueKey\":\"B-1\",\"type\":\"BUG\","
                        + "\"createdDate\":\"2026-01-05T11:00:00Z\"}")))
        .isEmpty();
  }

  @Test
  void aCdEventsResolutionBeforeItsDetectionStillResolvesIt() {
    DeliveryEvents e =
        parse(
            """
            {"context": {"id": "r", "type": "dev.cdevents.incident.resolved.0.1.0", "timestamp": "2026-01-05T13:00:00Z"}, "subject": {"id": "inc-7"}}
            {"context": {"id": "d", "type": "dev.cdevents.incident.detected.0.1.0", "timestamp": "2026-01-05T12:00:00Z"}, "subject": {"id": "inc-7"}}
            """);
    assertThat(e.incidents())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.createdAt()).isEqualTo(Instant.parse("2026-01-05T12:00:00Z"));
              assertThat(i.resolvedAt()).isEqualTo(Instant.parse("2026-01-05T13:00:00Z"));
            });
  }

  @Test
  void receivedEventsJoinTheFilesAndAnIdSeenBeforeCountsOnce() {
    DeliveryEvents files =
        parse("{\"type\":\"deployment\",\"id\":\"a\",\"finishedAt\":\"2026-01-05T10:00:00Z\"}");
    DeliveryEvents received =
        parse(
            "{\"type\":\"deployment\",\"id\":\"a\",\"finishedAt\":\"2026-01-06T10:00:00Z\"}\n"
                + "{\"type\":\"deployment\",\"id\":\"b\",\"finishedAt\":\"2026-01-06T10:00:00Z\"}");
    DeliveryEvents all = files.plus(received);
    assertThat(all.deployments())
        .extracting(DeliveryEvents.DeploymentEvent::id)
        .containsExactly("a", "b");
    assertThat(all.deployments().get(0).finishedAt())
        .isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
  }
}
