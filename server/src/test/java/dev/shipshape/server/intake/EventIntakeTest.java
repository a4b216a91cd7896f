package dev.shipshape.server.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.facts.delivery.DeliveryEvents;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts parser reads each format; the intake holds its events to what the store keeps. */
class EventIntakeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aNativeDeploymentIsStoredWithItsCommitLowerCased() {
    DeliveryEvent e =
        EventIntake.nativeEvent(
            json(
                "{'type':'deployment','id':'d1','service':'api','environment':'production',"
                    + "'commit':'ABCDEF1','finishedAt':'2026-01-05T09:10:00+01:00',"
                    + "'result':'rolled_back'}"));
    assertThat(e.kind()).isEqualTo(DeliveryEvent.Kind.DEPLOYMENT);
    assertThat(e.format()).isEqualTo("shipshape");
    assertThat(e.commit()).isEqualTo("abcdef1");
    assertThat(e.result()).isEqualTo("rolled_back");
    assertThat(e.finishedAt()).isEqualTo(Instant.parse("2026-01-05T08:10:00Z"));
  }

  @Test
  void whatTheParserRefusesOrTheStoreCannotKeepIsMalformed() {
    assertThatThrownBy(() -> EventIntake.nativeEvent(json("{'type':'deployment','id':'d'}")))
        .isInstanceOf(MalformedEvent.class)
        .hasMessage("no 'finishedAt'");
    assertThatThrownBy(
            () ->
                EventIntake.nativeEvent(
                    json(
                        "{'type':'deployment','id':'d','finishedAt':'2026-01-05T09:00:00Z',"
                            + "'commit':'not-a-sha'}")))
        .hasMessageContaining("not a commit id");
    assertThatThrownBy(
            () ->
                EventIntake.nativeEvent(
                    json(
                        "{'type':'deployment','id':'"
                            + "x".repeat(301)
                            + "','finishedAt':'2026-01-05T09:00:00Z'}")))
        .hasMessageContaining("longer than 300");
    assertThatThrownBy(() -> EventIntake.nativeEvent(json("[1]")))
        .hasMessageContaining("JSON object");
  }

  @Test
  void onlyDevLakeIncidentsAreDeliveryEvents() {
    assertThat(
            EventIntake.devLakeIssue(
                json("{'issueKey':'B-1','type':'BUG','createdDate':'2026-01-05T09:00:00Z'}")))
        .isEmpty();
    DeliveryEvent i =
        EventIntake.devLakeIssue(
                json(
                    "{'issueKey':'I-1','type':'INCIDENT','createdDate':'2026-01-05T09:00:00Z',"
                        + "'resolutionDate':'2026-01-05T10:00:00Z'}"))
            .orElseThrow();
    assertThat(i.format()).isEqualTo("devlake");
    assertThat(i.resolvedAt()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
  }

  @Test
  void aCdEventsRollbackIsKeptApartFromDeploymentsAndOtherCdEventsAreRefused() {
    String base =
        "{'context':{'id':'c1','type':'dev.cdevents.%s.0.2.0','timestamp':'2026-01-05T09:00:00Z'},"
            + "'subject':{'id':'s1','content':{'environment':{'id':'prod'}}}}";
    assertThat(EventIntake.cdEvent(json(base.formatted("service.deployed"))).kind())
        .isEqualTo(DeliveryEvent.Kind.DEPLOYMENT);
    assertThat(EventIntake.cdEvent(json(base.formatted("service.rolledback"))).kind())
        .isEqualTo(DeliveryEvent.Kind.ROLLBACK);
    DeliveryEvent resolved = EventIntake.cdEvent(json(base.formatted("incident.resolved")));
    assertThat(resolved.id()).isEqualTo("s1");
    assertThat(resolved.createdAt()).isNull();
    assertThatThrownBy(() -> EventIntake.cdEvent(json(base.formatted("build.finished"))))
        .hasMessageContaining("not a delivery event");
    assertThatThrownBy(() -> EventIntake.cdEvent(json("{'context':{'type':'x'},'subject':{}}")))
        .isInstanceOf(MalformedEvent.class);
  }

  @Test
  void storedEventsGoToTheMetricsWithRollbacksMarkedAndLoneResolutionsLeftOut() {
    String base =
        "{'context':{'id':'%s','type':'dev.cdevents.%s.0.2.0','timestamp':'2026-01-05T09:00:00Z'},"
            + "'subject':{'id':'%s','content':{'environment':{'id':'staging'}}}}";
    DeliveryEvents metrics =
        DeliveryEvent.forMetrics(
            List.of(
                EventIntake.cdEvent(json(base.formatted("c1", "service.deployed", "app"))),
                EventIntake.cdEvent(json(base.formatted("c2", "service.rolledback", "app"))),
                EventIntake.cdEvent(json(base.formatted("c3", "incident.resolved", "inc")))));
    assertThat(metrics.deployments())
        .extracting(DeliveryEvents.DeploymentEvent::rollback)
        .containsExactly(false, true);
    assertThat(metrics.deployments().get(0).production()).isFalse();
    assertThat(metrics.incidents()).isEmpty();
  }

  private static JsonNode json(String singleQuoted) {
    try {
      return JSON.readTree(singleQuoted.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
