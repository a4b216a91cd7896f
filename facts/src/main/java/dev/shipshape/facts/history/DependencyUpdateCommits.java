package dev.shipshape.facts.history;

import dev.shipshape.repository.CommitInfo;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Commits that update dependencies: authored by an update bot, merged from its branch, or with the
 * subjects the bots and conventional commits use. One line per way.
 */
public final class DependencyUpdateCommits {
  /** Author names or e-mail addresses of update bots (in lower case, contained). */
  public static final List<String> BOT_AUTHORS =
      List.of(
          "dependabot",
          "renovate",
          "pyup-bot",
          "pyup.io",
          "snyk-bot",
          "scala-steward",
          "depfu",
          "greenkeeper",
          "mend-bolt",
          "whitesource");

  /** Subjects of dependency updates. */
  public static final Pattern SUBJECT =
      Pattern.compile(
          "^(Bump \\S+ from \\S+ to \\S+|(chore|build|fix|deps)\\(deps(-dev)?\\)!?:|(chore|build)\\(deps\\):|Update dependency \\S+|Update (module|rust crate|gradle|maven|npm|docker|helm release|terraform) \\S+|\\[Snyk\\] (Upgrade|Security upgrade|Fix)|Update \\S+ requirement from)",
          Pattern.CASE_INSENSITIVE);

  /** Branches the bots open (a merge message names them). */
  public static final Pattern BRANCH =
      Pattern.compile("^(dependabot|renovate|snyk-(upgrade|fix)|pyup|scala-steward|depfu)[/-].*");

  private DependencyUpdateCommits() {}

  public static boolean isUpdate(CommitInfo commit, String mergedBranch) {
    String author = (commit.authorName() + " " + commit.authorEmail()).toLowerCase(Locale.ROOT);
    if (BOT_AUTHORS.stream().anyMatch(author::contains)) {
      return true;
    }
    String branch = commit.merge() ? HistoryFacts.mergedBranch(commit.subject()) : mergedBranch;
    if (branch != null && BRANCH.matcher(branch).matches()) {
      return true;
    }
    return SUBJECT.matcher(commit.subject()).find();
  }

  /** The update commits of the window, newest first. */
  public static List<CommitInfo> in(HistoryFacts history) {
    return history.commits().stream().filter(c -> isUpdate(c, history.mergedBranchOf(c))).toList();
  }
}
