package dev.shipshape.facts.history;

import dev.shipshape.repository.CommitInfo;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Commits that update a dependency: by an update bot, or with the message such tools write. */
public final class DependencyUpdates {
  static final List<String> BOT_AUTHORS =
      List.of("dependabot", "renovate", "pyup", "snyk-bot", "scala-steward", "greenkeeper");

  static final List<Pattern> SUBJECTS =
      List.of(
          Pattern.compile("^(build|chore|fix)\\(deps(-dev)?\\)"),
          Pattern.compile("^(Bump|Bumps|bump) \\S+ from \\S+ to \\S+"),
          Pattern.compile("^(Update|update) (dependency|module|plugin|actions/|\\S+ to v?\\d)"),
          Pattern.compile("^\\[?(Snyk|Security)\\]? ?(upgrade|Upgrade)"));

  private DependencyUpdates() {}

  public static boolean isUpdate(CommitInfo c) {
    String who = (c.authorName() + " " + c.authorEmail()).toLowerCase(Locale.ROOT);
    if (BOT_AUTHORS.stream().anyMatch(who::contains)) {
      return true;
    }
    return SUBJECTS.stream().anyMatch(p -> p.matcher(c.subject()).find());
  }
}
