package dev.shipshape.checks.custom;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.config.RuleSpec;
import dev.shipshape.model.Evidence;

/** A custom rule: one of the repository's own files matches a glob ({@code fileExists}). */
final class FileExistsRule implements Check {
  private final RuleSpec rule;

  FileExistsRule(RuleSpec rule) {
    this.rule = rule;
  }

  @Override
  public Outcome evaluate(Facts facts) {
    MatchingFiles files = MatchingFiles.of(facts, rule);
    if (files.own().isEmpty()) {
      return Outcome.score(0, "No file matches " + rule.path() + files.notOwnNote() + ".");
    }
    return Outcome.score(
        10,
        files.own().size() == 1
            ? files.own().get(0).path() + " exists."
            : files.own().size() + " files match " + rule.path() + ".",
        files.own().stream()
            .limit(MatchingFiles.EVIDENCE_LIMIT)
            .map(f -> Evidence.file(f.path(), "matches " + rule.path()))
            .toList());
  }
}
