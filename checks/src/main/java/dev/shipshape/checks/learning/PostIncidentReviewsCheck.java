package dev.shipshape.checks.learning;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.checks.Places;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@CheckInfo(
    id = "continuous-learning/post-incident-reviews",
    practice = Practice.CONTINUOUS_LEARNING,
    title = "Incidents are reviewed and the reviews are kept",
    weight = 2,
    appliesTo = {SERVICE, INFRASTRUCTURE},
    remediation =
        "Keep blameless post-incident reviews in the repository (e.g. docs/postmortems/,"
            + " starting from a template) and write one after every incident.")
public final class PostIncidentReviewsCheck implements Check {
  /** Recency would need the last commit touching each review; history facts have no paths yet. */
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> found = facts.inventory().evidence(InventoryCategory.OPERATIONS, "postmortems");
    if (found.isEmpty()) {
      return Outcome.score(
          0, "No post-incident reviews, retrospectives or review templates found.");
    }
    List<Evidence> reviews = new ArrayList<>();
    List<Evidence> templates = new ArrayList<>();
    for (Evidence e : found) {
      (isTemplate(e.path()) ? templates : reviews).add(e);
    }
    List<Evidence> evidence = new ArrayList<>(reviews.isEmpty() ? templates : reviews);
    evidence.add(Evidence.note(Places.RECENCY_NOTE));
    if (!reviews.isEmpty()) {
      return Outcome.score(
          10, "Post-incident reviews are kept in " + Places.count(reviews) + ".", evidence);
    }
    return Outcome.score(
            6, "A review template is in place, but no review written with it.", evidence)
        .withRemediation("Write the next post-incident review from the template and keep it.");
  }

  private static boolean isTemplate(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.contains("template") || lower.contains("issue_template/");
  }
}
