package dev.shipshape.checks.custom;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.config.BoundedText;
import dev.shipshape.facts.config.RuleSpec;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.files.TextLines;
import dev.shipshape.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A custom rule: one of the repository's own files matching a glob contains a regular expression
 * ({@code fileContains}). The whole text is searched, so a pattern may span lines; the evidence is
 * the line where each match starts, never the matched text (it could be a secret).
 */
final class FileContainsRule implements Check {
  private final RuleSpec rule;

  FileContainsRule(RuleSpec rule) {
    this.rule = rule;
  }

  @Override
  public Outcome evaluate(Facts facts) {
    MatchingFiles files = MatchingFiles.of(facts, rule);
    if (files.own().isEmpty()) {
      return Outcome.score(0, "No file matches " + rule.path() + files.notOwnNote() + ".");
    }
    List<Evidence> found = new ArrayList<>();
    int unread = 0;
    for (SourceFile f : files.own()) {
      Optional<String> text = facts.files().text(f);
      if (text.isEmpty()) {
        unread++;
        continue;
      }
      Matcher m = rule.pattern().matcher(BoundedText.of(text.get()));
      while (found.size() < MatchingFiles.EVIDENCE_LIMIT && m.find()) {
        found.add(
            Evidence.line(
                f.path(),
                TextLines.lineOf(text.get(), m.start()),
                "matches " + rule.pattern().pattern()));
      }
      if (found.size() >= MatchingFiles.EVIDENCE_LIMIT) {
        break;
      }
    }
    if (!found.isEmpty()) {
      return Outcome.score(
          10, found.get(0).location() + " matches " + rule.pattern().pattern() + ".", found);
    }
    String skipped = unread == 0 ? "" : "; " + unread + " not read (binary or over 1 MiB)";
    return Outcome.score(
        0,
        files.own().size()
            + (files.own().size() == 1 ? " file matches " : " files match ")
            + rule.path()
            + ", but none contains "
            + rule.pattern().pattern()
            + skipped
            + ".",
        files.own().stream()
            .limit(MatchingFiles.EVIDENCE_LIMIT)
            .map(f -> Evidence.file(f.path(), "does not contain " + rule.pattern().pattern()))
            .toList());
  }
}
