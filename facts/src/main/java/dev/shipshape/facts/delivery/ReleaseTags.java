package dev.shipshape.facts.delivery;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tags mark a deployment: those matching {@code --deploy-tags} globs, or by default the
 * release-like ones — {@code v1.2.3}, {@code 1.2}, {@code v2.0.0.1}, {@code release-…}, {@code
 * release/…}. Pre-releases ({@code v1.2.0-rc1}) are not deployments to production.
 */
public final class ReleaseTags {
  static final List<Pattern> RELEASE_LIKE =
      List.of(Pattern.compile("v?\\d+(\\.\\d+)+"), Pattern.compile("release[-/_].+"));

  private final List<String> globs;
  private final List<Pattern> patterns;

  public ReleaseTags(List<String> globs) {
    this.globs = List.copyOf(globs);
    this.patterns = globs.isEmpty() ? RELEASE_LIKE : globs.stream().map(ReleaseTags::glob).toList();
  }

  public boolean matches(String tag) {
    return patterns.stream().anyMatch(p -> p.matcher(tag).matches());
  }

  /** For the report: "tags matching v*" or "release-like tags (v1.2.3, 1.2, release-…)". */
  public String describe() {
    return globs.isEmpty()
        ? "release-like tags (v1.2.3, 1.2, release-…)"
        : "tags matching " + String.join(", ", globs);
  }

  /** {@code *} any run of characters (slashes too), {@code ?} one character. */
  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
