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
import dev.shipshape.facts.documents.ReadmeSections;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

@CheckInfo(
    id = "collaboration/readme",
    practice = Practice.COLLABORATION,
    title = "The README says what it is, how to run, test and contribute or deploy it",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Add a README.md at the root that says what the project is, how to run it, how to test"
            + " it and how to contribute to it or deploy it.")
public final class ReadmeCheck implements Check {
  /** README formats a person reads as text: Markdown, reStructuredText, AsciiDoc, plain. */
  private static final Pattern README =
      Pattern.compile("(?i)((\\.github|docs?)/)?README(\\.(md|markdown|rst|adoc|asciidoc|txt))?");

  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> readmes =
        facts.inventory().evidence(InventoryCategory.COLLABORATION, "readme").stream()
            .filter(e -> README.matcher(e.path()).matches())
            .toList();
    if (readmes.isEmpty()) {
      return Outcome.score(0, "No README at the root.");
    }
    String bestPath = null;
    Map<String, ReadmeSections.Found> best = Map.of();
    for (Evidence readme : readmes) {
      Optional<String> text = facts.files().text(readme.path());
      if (text.isEmpty()) {
        continue;
      }
      Map<String, ReadmeSections.Found> found = ReadmeSections.find(text.get());
      // the root README first; another only when it has more
      if (bestPath == null || found.size() > best.size()) {
        bestPath = readme.path();
        best = found;
      }
    }
    if (bestPath == null) {
      return Outcome.score(1, "The README could not be read as text.", readmes);
    }
    List<Evidence> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ReadmeSections.Section section : ReadmeSections.ALL) {
      ReadmeSections.Found f = best.get(section.name());
      if (f == null) {
        missing.add(section.name());
      } else {
        evidence.add(Evidence.line(bestPath, f.line(), section.name() + ": " + f.how()));
      }
    }
    int score = (int) Math.round(10.0 * best.size() / ReadmeSections.ALL.size());
    if (missing.isEmpty()) {
      return Outcome.score(score, "The README covers all four sections.", evidence);
    }
    evidence.add(Evidence.file(bestPath, "missing: " + String.join(", ", missing)));
    return Outcome.score(
            score,
            "The README covers "
                + best.size()
                + " of "
                + ReadmeSections.ALL.size()
                + " sections; missing: "
                + String.join(", ", missing)
                + ".",
            evidence)
        .withRemediation("Add to " + bestPath + " a section on " + missing.get(0) + ".");
  }
}
