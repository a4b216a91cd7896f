package dev.shipshape.server.survey;

import dev.shipshape.model.Stage;
import java.util.List;
import java.util.Optional;

/**
 * The team survey: the seed's questions about how a team is organised. An answer that shows a silo
 * names the wall it stands for and the furthest stage the team can be at while it stands (seed: a
 * release team, an ops team called at 3 a.m., logs only ops can read, a release request form,
 * environments split between teams).
 */
public final class SurveyQuestions {
  private static final String RELEASE = "development and release";
  private static final String OPERATIONS = "the product team and operations";
  private static final String BUILD_RUN = "building and running";
  private static final String LEARNING = "incidents and learning";

  /** One possible answer; {@code wall} and {@code cap} are null when it shows no silo. */
  public record Option(String id, String text, String wall, Stage cap) {}

  public record Question(String id, String text, List<Option> options) {
    public Optional<Option> option(String id) {
      return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }
  }

  public static final List<Question> ALL =
      List.of(
          new Question(
              "releases",
              "Who releases the product to production?",
              List.of(
                  new Option("product-team", "The product team, through its pipeline", null, null),
                  new Option("release-team", "A separate release team", RELEASE, Stage.TRADITIONAL),
                  new Option(
                      "operations-team", "The operations team", RELEASE, Stage.IMMATURE_DEVOPS))),
          new Question(
              "on-call",
              "Who is called at 3 a.m. when production breaks?",
              List.of(
                  new Option("product-team", "The product team that built it", null, null),
                  new Option(
                      "operations-team",
                      "A separate operations team",
                      OPERATIONS,
                      Stage.IMMATURE_DEVOPS),
                  new Option(
                      "devops-team",
                      "A separate DevOps or platform team",
                      OPERATIONS,
                      Stage.IMMATURE_DEVOPS),
                  new Option("nobody", "Nobody is on call", BUILD_RUN, Stage.IMMATURE_DEVOPS))),
          new Question(
              "production-logs",
              "Who can read the production logs?",
              List.of(
                  new Option("product-team", "Everyone in the product team", null, null),
                  new Option(
                      "on-request",
                      "The product team, on request to another team",
                      OPERATIONS,
                      Stage.IMMATURE_DEVOPS),
                  new Option(
                      "operations-only", "Only operations", OPERATIONS, Stage.IMMATURE_DEVOPS))),
          new Question(
              "release-request",
              "Are releases requested through a form or ticket to another team?",
              List.of(
                  new Option("no", "No: merging a change releases it", null, null),
                  new Option("yes", "Yes", RELEASE, Stage.TRADITIONAL))),
          new Question(
              "environments",
              "Who manages each environment (development, test, production)?",
              List.of(
                  new Option(
                      "one-team",
                      "The product team manages all of them, from one definition",
                      null,
                      null),
                  new Option(
                      "split",
                      "Different teams manage different environments",
                      BUILD_RUN,
                      Stage.IMMATURE_DEVOPS))),
          new Question(
              "incident-learning",
              "How are incidents learned from?",
              List.of(
                  new Option(
                      "team-reviews",
                      "The product team holds blameless reviews and acts on them",
                      null,
                      null),
                  new Option(
                      "operations-reports",
                      "Operations write a report the product team may read",
                      OPERATIONS,
                      Stage.IMMATURE_DEVOPS),
                  new Option(
                      "not-reviewed", "They are not reviewed", LEARNING, Stage.IMMATURE_DEVOPS))));

  private SurveyQuestions() {}

  public static Optional<Question> question(String id) {
    return ALL.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** Why an answer is not valid, or null when it is. */
  public static String problem(String questionId, String answerId) {
    Optional<Question> q = question(questionId);
    if (q.isEmpty()) {
      return "unknown survey question '" + questionId + "'";
    }
    if (answerId == null || q.get().option(answerId).isEmpty()) {
      return "'"
          + questionId
          + "' takes one of: "
          + String.join(", ", q.get().options().stream().map(Option::id).toList());
    }
    return null;
  }
}
