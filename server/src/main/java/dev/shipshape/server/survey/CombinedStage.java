package dev.shipshape.server.survey;

import dev.shipshape.model.Stage;
import dev.shipshape.model.Wall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage from the repository's evidence combined with the team's survey answers: the walls of
 * both (a survey wall's reason is {@code survey/<question>}), and the earlier of the two stages,
 * since a silo the team reports stands whatever the repository shows.
 *
 * @param surveyStage the furthest stage the answers allow; null when nothing was answered
 */
public record CombinedStage(
    Stage evidenceStage, Stage surveyStage, Stage stage, List<Wall> walls, List<String> answered) {

  public static CombinedStage of(
      Stage evidence, List<Wall> evidenceWalls, Map<String, String> answers) {
    Map<String, List<String>> walls = new LinkedHashMap<>();
    for (Wall w : evidenceWalls) {
      walls.computeIfAbsent(w.between(), k -> new ArrayList<>()).addAll(w.because());
    }
    Stage survey = answers.isEmpty() ? null : Stage.MATURE_DEVOPS;
    List<String> answered = new ArrayList<>();
    for (SurveyQuestions.Question q : SurveyQuestions.ALL) {
      String answer = answers.get(q.id());
      if (answer == null) {
        continue;
      }
      answered.add(q.id());
      SurveyQuestions.Option o = q.option(answer).orElse(null);
      if (o == null || o.wall() == null) {
        continue;
      }
      walls.computeIfAbsent(o.wall(), k -> new ArrayList<>()).add("survey/" + q.id());
      if (o.cap().ordinal() < survey.ordinal()) {
        survey = o.cap();
      }
    }
    Stage combined =
        evidence == null
            ? survey
            : survey == null || evidence.ordinal() <= survey.ordinal() ? evidence : survey;
    List<Wall> all = new ArrayList<>();
    walls.forEach((between, because) -> all.add(new Wall(between, because)));
    return new CombinedStage(evidence, survey, combined, all, answered);
  }
}
