package dev.shipshape.server.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Stage;
import dev.shipshape.model.Wall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CombinedStageTest {
  @Test
  void aSeparateOpsTeamOnCallAddsAWallAndHoldsTheStageBack() {
    CombinedStage c =
        CombinedStage.of(Stage.MATURE_DEVOPS, List.of(), Map.of("on-call", "operations-team"));
    assertThat(c.stage()).isEqualTo(Stage.IMMATURE_DEVOPS);
    assertThat(c.walls())
        .containsExactly(new Wall("the product team and operations", List.of("survey/on-call")));
  }

  @Test
  void answersThatShowNoSiloLeaveTheEvidenceAsItIs() {
    List<Wall> evidence = List.of(new Wall("building and running", List.of("operations/runbooks")));
    CombinedStage c =
        CombinedStage.of(
            Stage.IMMATURE_DEVOPS,
            evidence,
            Map.of("on-call", "product-team", "releases", "product-team"));
    assertThat(c.surveyStage()).isEqualTo(Stage.MATURE_DEVOPS);
    assertThat(c.stage()).isEqualTo(Stage.IMMATURE_DEVOPS);
    assertThat(c.walls()).isEqualTo(evidence);
  }

  @Test
  void aReleaseFormMakesItTraditionalAndJoinsTheEvidenceWall() {
    List<Wall> evidence =
        List.of(new Wall("development and release", List.of("ci-cd/tests-in-pipeline")));
    CombinedStage c =
        CombinedStage.of(Stage.IMMATURE_DEVOPS, evidence, Map.of("release-request", "yes"));
    assertThat(c.stage()).isEqualTo(Stage.TRADITIONAL);
    assertThat(c.walls().get(0).because())
        .containsExactly("ci-cd/tests-in-pipeline", "survey/release-request");
  }

  @Test
  void withoutAnswersTheSurveySaysNothing() {
    CombinedStage c = CombinedStage.of(Stage.TRADITIONAL, List.of(), Map.of());
    assertThat(c.surveyStage()).isNull();
    assertThat(c.stage()).isEqualTo(Stage.TRADITIONAL);
  }

  @Test
  void answersAreCheckedAgainstTheQuestions() {
    assertThat(SurveyQuestions.problem("on-call", "product-team")).isNull();
    assertThat(SurveyQuestions.problem("on-call", "cat")).contains("operations-team");
    assertThat(SurveyQuestions.problem("favourite-colour", "blue")).contains("unknown");
  }
}
