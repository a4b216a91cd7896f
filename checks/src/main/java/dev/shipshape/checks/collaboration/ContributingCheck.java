package dev.shipshape.checks.collaboration;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.InventoryBreadth;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "collaboration/contributing",
    practice = Practice.COLLABORATION,
    title = "Contributors find a guide, templates and a code of conduct",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Add CONTRIBUTING.md (root, .github/ or docs/) saying how to propose a change, with a pull request template.")
public final class ContributingCheck implements Check {
  static final List<InventoryBreadth.Kind> KINDS =
      List.of(
          new InventoryBreadth.Kind(
              InventoryCategory.COLLABORATION, "contributing", "a contributing guide"),
          new InventoryBreadth.Kind(
              InventoryCategory.COLLABORATION, "pr-template", "a pull request template"),
          new InventoryBreadth.Kind(
              InventoryCategory.COLLABORATION, "issue-template", "issue templates"),
          new InventoryBreadth.Kind(
              InventoryCategory.COLLABORATION, "code-of-conduct", "a code of conduct"));

  @Override
  public Outcome evaluate(Facts facts) {
    InventoryBreadth breadth = InventoryBreadth.of(facts, KINDS);
    if (breadth.count() == 0) {
      return Outcome.score(
          0, "No contributing guide, pull request or issue templates, or code of conduct.");
    }
    return breadth.outcome("Found: ", 0, 3, 5, 8, 10);
  }
}
