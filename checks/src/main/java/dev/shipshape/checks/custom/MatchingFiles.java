package dev.shipshape.checks.custom;

import dev.shipshape.facts.Facts;
import dev.shipshape.facts.config.RuleSpec;
import dev.shipshape.facts.files.SourceFile;
import java.util.List;

/** The files a custom rule's glob selects: the repository's own, and how many others it skips. */
record MatchingFiles(List<SourceFile> own, long notOwn) {
  /** At most this many pieces of evidence per rule: enough to find them, short enough to read. */
  static final int EVIDENCE_LIMIT = 10;

  static MatchingFiles of(Facts facts, RuleSpec rule) {
    List<SourceFile> matching =
        facts.files().matching(f -> f.file().regular() && rule.matchesPath(f.path()));
    List<SourceFile> own = matching.stream().filter(SourceFile::own).toList();
    return new MatchingFiles(own, matching.size() - own.size());
  }

  /**
   * Why a match under test data, examples, vendored, generated or ignored paths did not count, so
   * that a 0 is not a mystery; empty when there was none.
   */
  String notOwnNote() {
    return notOwn == 0
        ? ""
        : " ("
            + notOwn
            + " under test data, examples, vendored, generated or ignored paths do not count)";
  }
}
