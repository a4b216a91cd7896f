package dev.shipshape.server.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aNativeDeploymentKeepsEveryField() {
    DeliveryEvent e =
        NativeEventFormat.parse(
            json(
                "{'type':'deployment','id':'d1','service':'api','environment':'production',"
                    + "'commit':'ABCDEF1','startedAt':'2026-01-05T09:00:00Z','finishedAt':'2026-01-05T09:10:00+01:00',"
                    + "'result':'rolled_back'}"));
    assertThat(e.kind()).isEqualTo(DeliveryEvent.Kind.DEPLOYMENT);
    assertThat(e.commit()).isEqualTo("abcdef1");
    assertThat(e.result()).isEqualTo("rolled_back");
    assertThat(e.finishedAt()).isEqualTo(Instant.parse("2026-01-05T08:10:00Z"));
  }

  @Test
  void aNativeEventWithoutItsTimesOrWithAnUnknownResultIsRefused() {
    assertThatThrownBy(() -> NativeEventFormat.parse(json("{'type':'deployment','id':'d'}")))
        .hasMessage("'finishedAt' is required");
    assertThatThrownBy(() -> NativeEventFormat.parse(json("{'type':'incident','id':'i'}")))
        .hasMessage("'createdAt' is required");
    assertThatThrownBy(
            () ->
                NativeEventFormat.parse(
                    json(
                        "{'type':'deployment','id':'d','finishedAt':'2026-01-05T09:00:00Z','result':'meh'}")))
        .hasMessageContaining("success, failure or rolled_back");
    assertThatThrownBy(() -> NativeEventFormat.parse(json("{'type':'release','id':'d'}")))
        .hasMessageContaining("deployment or incident");
    assertThatThrownBy(() -> NativeEventFormat.parse(json("[1]"))).hasMessageContaining("object");
    assertThatThrownBy(
            () ->
                NativeEventFormat.parse(
                    json(
                        "{'type':'deployment','id':'d','finishedAt':'2026-01-05T09:00:00Z','commit':'not-a-sha'}")))
        .hasMessageContaining("not a commit id");
  }

  @Test
  void devLakeResultsAndEnvironmentsAreNormalised() {
    DeliveryEvent e =
        DevLakeEventFormat.deployment(
            json(
                "{'id':'7','finishedDate':'2026-01-05T09:00:00Z','result':'FAILURE','environment':'PRODUCTION',"
                    + "'deploymentCommits':[{'commitSha':'abc1234'}]}"));
    assertThat(e.result()).isEqualTo("failure");
    assertThat(e.environment()).isEqualTo("production");
    assertThat(e.commit()).isEqualTo("abc1234");
    DeliveryEvent unnamed =
        DevLakeEventFormat.deployment(
            json("{'finishedDate':'2026-01-05T09:00:00Z','commitSha':'abc1234'}"));
    assertThat(unnamed.id()).isEqualTo("devlake-abc1234-2026-01-05T09:00:00Z");
    assertThatThrownBy(
            () -> DevLakeEventFormat.deployment(json("{'finishedDate':'2026-01-05T09:00:00Z'}")))
        .hasMessageContaining("'id' is required");
  }

  @Test
  void onlyDevLakeIncidentsAreDeliveryEvents() {
    assertThat(
            DevLakeEventFormat.issue(
                json("{'issueKey':'B-1','type':'BUG','createdDate':'2026-01-05T09:00:00Z'}")))
        .isEmpty();
    DeliveryEvent i =
        DevLakeEventFormat.issue(
                json(
                    "{'issueKey':'I-1','type':'INCIDENT','createdDate':'2026-01-05T09:00:00Z',"
                        + "'resolutionDate':'2026-01-05T10:00:00Z'}"))
            .orElseThrow();
    assertThat(i.resolvedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
  }

  @Test
  void cdEventsTypesMapToDeploymentsAndIncidents() {
    String base =
        "{'context':{'id':'c1','type':'dev.cdevents.%s.0.2.0','timestamp':'2026-01-05T09:00:00Z'},"
            + "'subject':{'id':'s1','content':{'environment':{'id':'prod'}}}}";
    assertThat(CdEventsFormat.parse(json(base.formatted("service.deployed"))).result())
        .isEqualTo("success");
    assertThat(CdEventsFormat.parse(json(base.formatted("service.rolledback"))).result())
        .isEqualTo("rolled_back");
    DeliveryEvent detected = CdEventsFormat.parse(json(base.formatted("incident.detected")));
    assertThat(detected.kind()).isEqualTo(DeliveryEvent.Kind.INCIDENT);
    assertThat(detected.id()).isEqualTo("s1");
    assertThat(CdEventsFormat.parse(json(base.formatted("incident.resolved"))).resolvedAt())
        .isNotNull();
    assertThatThrownBy(() -> CdEventsFormat.parse(json(base.formatted("build.finished"))))
        .hasMessageContaining("not a delivery event");
    assertThatThrownBy(() -> CdEventsFormat.parse(json("{'context':{'type':'x'},'subject':{}}")))
        .hasMessageContaining("not a CDEvents type");
  }

  private static JsonNode json(String singleQuoted) {
    try {
      return JSON.readTree(singleQuoted.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
