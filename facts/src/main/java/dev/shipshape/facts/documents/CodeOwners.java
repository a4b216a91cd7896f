package dev.shipshape.facts.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CODEOWNERS file (GitHub and GitLab syntax): gitignore-style patterns, each followed by its
 * owners; the last matching line wins, and a pattern without owners leaves its paths unowned.
 */
public final class CodeOwners {
  /** The places GitHub and GitLab read, in the order they look. */
  public static final List<String> PLACES =
      List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS");

  /** One line of the file. */
  public record Rule(String pattern, List<String> owners, int line, Pattern regex) {}

  private final List<Rule> rules;

  private CodeOwners(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static CodeOwners parse(String text) {
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      // comments, blank lines and GitLab section headers ([Section] @owner)
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("[") || line.startsWith("^[")) {
        continue;
      }
      int hash = line.indexOf(" #");
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      String[] parts = line.split("\\s+");
      List<String> owners =
          Arrays.stream(parts).skip(1).filter(o -> o.startsWith("@") || o.contains("@")).toList();
      rules.add(new Rule(parts[0], owners, i + 1, regex(parts[0])));
    }
    return new CodeOwners(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The rule that decides the path's owners (the last that matches), if any. */
  public Optional<Rule> ruleFor(String path) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).regex().matcher(path).matches()) {
        return Optional.of(rules.get(i));
      }
    }
    return Optional.empty();
  }

  /** The path's owners; empty when no rule matches or the matching rule names none. */
  public List<String> ownersOf(String path) {
    return ruleFor(path).map(Rule::owners).orElse(List.of());
  }

  /** A gitignore-style pattern as a regular expression over a whole path. */
  static Pattern regex(String pattern) {
    String p = pattern;
    boolean anchored =
        p.startsWith("/") || p.substring(0, Math.max(0, p.length() - 1)).contains("/");
    if (p.startsWith("/")) {
      p = p.substring(1);
    }
    boolean folder = p.endsWith("/");
    if (folder) {
      p = p.substring(0, p.length() - 1);
    }
    StringBuilder re = new StringBuilder(anchored ? "" : "(.*/)?");
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
        boolean slash = i + 2 < p.length() && p.charAt(i + 2) == '/';
        re.append(slash ? "(.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    // a pattern naming a folder owns everything under it
    re.append(folder ? "/.*" : "(/.*)?");
    return Pattern.compile(re.toString());
  }
}
