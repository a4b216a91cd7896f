package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.tree.TestTooling;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.List;
import java.util.Optional;

@CheckInfo(
    id = "automated-testing/executable-specifications",
    practice = Practice.AUTOMATED_TESTING,
    title = "What the 3 Amigos agree becomes an executable specification",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY},
    remediation =
        "Write the agreed behaviour as executable specifications (Gherkin features with"
            + " Cucumber, SpecFlow, behave or Gauge), or at least ask for acceptance criteria in"
            + " the issue template.")
public final class ExecutableSpecificationsCheck implements Check {
  static final int CRITERIA_ONLY = 5;

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.infrastructureModule()) {
      return Applicability.notForInfrastructureCode(facts);
    }
    List<Evidence> specs = facts.inventory().evidence(InventoryCategory.TESTS, "bdd");
    if (!specs.isEmpty()) {
      return Outcome.score(
          10, "Executable specifications found.", specs.subList(0, Math.min(5, specs.size())));
    }
    Optional<Evidence> criteria = acceptanceCriteria(facts);
    if (criteria.isPresent()) {
      return Outcome.score(
              CRITERIA_ONLY,
              "Templates ask for acceptance criteria, but none are executable.",
              criteria.get())
          .withRemediation(
              "Turn the acceptance criteria into executable specifications (Gherkin features run by Cucumber, behave or SpecFlow).");
    }
    return Outcome.score(
        0, "No executable specifications and no acceptance criteria in templates.");
  }

  private static Optional<Evidence> acceptanceCriteria(Facts facts) {
    for (SourceFile f : facts.files().own()) {
      if (!TestTooling.TEMPLATE.matcher(f.path()).matches()) {
        continue;
      }
      Optional<String> text = facts.files().text(f);
      if (text.isPresent() && TestTooling.ACCEPTANCE_CRITERIA.matcher(text.get()).find()) {
        return Optional.of(Evidence.file(f.path(), "template asks for acceptance criteria"));
      }
    }
    return Optional.empty();
  }
}
