package dev.shipshape.facts.history;

import dev.shipshape.facts.config.BoundedText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Patterns that name a work item in a commit message or branch name (CATALOGUE.md). */
public final class WorkItems {
  public static final List<Pattern> DEFAULTS =
      List.of(
          Pattern.compile("(?<![\\w&])#\\d+\\b"), // #123 (GitHub, GitLab)
          Pattern.compile("\\bGH-\\d+\\b"),
          Pattern.compile("\\bAB#\\d+\\b"), // Azure Boards
          // Jira-style ABC-123, but not UTF-8, SHA-256, ISO-8601 and the like
          Pattern.compile(
              "\\b(?!(?:UTF|SHA|ISO|RFC|MD|AES|HTTP|TLS|SSL|IPV|UCS|CP|WIN|PEP|JSR|JEP)-)[A-Z][A-Z0-9]{1,9}-\\d+\\b"),
          Pattern.compile("https?://\\S+/(issues|browse|-/issues|_workitems/edit|work_items)/\\S+"),
          Pattern.compile("!\\d+\\b")); // GitLab merge request

  /** Branch names also name items in lower case: feature/abc-123-login. */
  private static final Pattern BRANCH_ITEM =
      Pattern.compile(
          "(?<![a-z0-9])(?!(?:utf|sha|iso|rfc|md|python|java|node)-)[a-z][a-z0-9]{1,9}-\\d+(?![0-9])|(?:^|/)\\d+[-_]");

  /** The defaults as one alternation: one pass over each message instead of six. */
  private static final Pattern DEFAULTS_COMBINED =
      Pattern.compile(
          String.join("|", DEFAULTS.stream().map(p -> "(?:" + p.pattern() + ")").toList()));

  private final List<Pattern> extra;
  private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

  public WorkItems(List<Pattern> extra) {
    this.extra = List.copyOf(extra);
  }

  /** Whether the text names a work item; answers are remembered (metrics and checks both ask). */
  public boolean names(String text) {
    if (text == null) {
      return false;
    }
    // not computeIfAbsent: it would hold a lock over the matching while another check waits
    Boolean known = seen.get(text);
    if (known == null) {
      known = match(text);
      seen.putIfAbsent(text, known);
    }
    return known;
  }

  private boolean match(String text) {
    // every default names a number (#12, ABC-12, !12) or is a link: most messages need no regex
    if (mayNameByDefault(text) && DEFAULTS_COMBINED.matcher(text).find()) {
      return true;
    }
    for (Pattern p : extra) {
      // patterns from the scanned repository's config: bounded, so a runaway one cannot hang
      try {
        if (p.matcher(BoundedText.of(text)).find()) {
          return true;
        }
      } catch (BoundedText.TooSlow e) {
        return false;
      }
    }
    return false;
  }

  private static boolean mayNameByDefault(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return text.contains("://");
  }

  /** Whether a branch name names a work item ({@code feature/ABC-12-x}, {@code 123-fix}). */
  public boolean namesInBranch(String branch) {
    return branch != null
        && (names(branch) || BRANCH_ITEM.matcher(branch.toLowerCase(java.util.Locale.ROOT)).find());
  }
}
