package dev.shipshape.checks.collaboration;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.documents.CodeOwners;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@CheckInfo(
    id = "collaboration/ownership",
    practice = Practice.COLLABORATION,
    title = "Every part of the tree has named owners",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Add .github/CODEOWNERS with a catch-all line (`* @your-team`) and lines for the parts"
            + " other people own.")
public final class OwnershipCheck implements Check {
  /** At or above this share of files owned, full marks. */
  static final double FULL_COVERAGE = 0.9;

  @Override
  public Outcome evaluate(Facts facts) {
    for (String place : CodeOwners.PLACES) {
      Optional<SourceFile> file = facts.files().get(place).filter(SourceFile::own);
      Optional<String> text = file.flatMap(facts.files()::text);
      if (text.isPresent()) {
        return coverage(facts, place, CodeOwners.parse(text.get()));
      }
    }
    List<Evidence> others =
        facts.inventory().evidence(InventoryCategory.COLLABORATION, "codeowners");
    if (!others.isEmpty()) {
      return Outcome.score(
              7,
              "Owners are named for the whole tree, but no CODEOWNERS routes reviews by path.",
              others)
          .withRemediation(
              "Add .github/CODEOWNERS so that changes are routed to their owners for review.");
    }
    return Outcome.score(0, "No CODEOWNERS, OWNERS or MAINTAINERS file.");
  }

  private static Outcome coverage(Facts facts, String place, CodeOwners owners) {
    List<SourceFile> own = facts.files().own();
    int owned = 0;
    List<String> unowned = new ArrayList<>();
    for (SourceFile f : own) {
      if (owners.ownersOf(f.path()).isEmpty()) {
        unowned.add(f.path());
      } else {
        owned++;
      }
    }
    double share = own.isEmpty() ? 0 : (double) owned / own.size();
    int score = share >= FULL_COVERAGE ? 10 : (int) Math.floor(10 * share / FULL_COVERAGE);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.file(
            place,
            owners.rules().size()
                + " rules; "
                + owned
                + " of "
                + own.size()
                + " files have owners"));
    unowned.stream().limit(3).forEach(p -> evidence.add(Evidence.file(p, "no owner")));
    Outcome.Scored outcome =
        Outcome.score(score, Math.round(share * 100) + " % of the files have owners.", evidence);
    return unowned.isEmpty()
        ? outcome
        : outcome.withRemediation(
            "Add an owner for " + unowned.get(0) + " to " + place + " (or a catch-all `*` line).");
  }
}
