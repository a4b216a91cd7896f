package dev.shipshape.facts.history;

import dev.shipshape.repository.CommitInfo;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs that a change on the default branch came through review: the merge commit a forge writes
 * for a pull or merge request, a squash commit naming its request {@code (#123)}, or a review
 * trailer. One line per signal.
 */
public final class ReviewSignals {
  public static final List<Pattern> SUBJECTS =
      List.of(
          Pattern.compile("^Merge pull request #\\d+ "), // GitHub
          Pattern.compile("^Merged in \\S+ \\(pull request #\\d+\\)"), // Bitbucket
          Pattern.compile("^Merged PR \\d+:"), // Azure Repos
          Pattern.compile("\\(#\\d+\\)$"), // GitHub squash or rebase merge
          Pattern.compile("\\(!\\d+\\)$")); // GitLab squash

  public static final List<Pattern> MESSAGES =
      List.of(
          Pattern.compile("(?m)^See merge request \\S+!\\d+"), // GitLab merge commit
          Pattern.compile("(?mi)^(Reviewed-by|Acked-by|Approved-by|Reviewed-on):\\s*\\S"));

  private ReviewSignals() {}

  /** The signal the commit carries, or null. */
  public static String signal(CommitInfo c) {
    String subject = c.subject();
    for (Pattern p : SUBJECTS) {
      if (p.matcher(subject).find()) {
        return "subject matches " + p.pattern();
      }
    }
    for (Pattern p : MESSAGES) {
      if (p.matcher(c.message()).find()) {
        return "message matches " + p.pattern();
      }
    }
    return null;
  }
}
