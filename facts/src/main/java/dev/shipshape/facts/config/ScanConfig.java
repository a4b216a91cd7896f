package dev.shipshape.facts.config;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The scanned repository's {@code .shipshape.yml} (or {@code --config FILE}), read by {@link
 * ConfigReader}: exemptions with their reasons, ignored paths, extra work-item patterns, weight
 * overrides, deploy tag globs and custom rules. {@code source} is the file it came from (null for
 * the defaults); {@code checkReferences} say where each check id is named, so that an unknown id
 * can be reported with its line once the registry is known.
 */
public record ScanConfig(
    String source,
    Map<String, String> exemptions,
    List<String> ignorePaths,
    List<Pattern> workItemPatterns,
    Map<String, Integer> weights,
    List<String> deployTags,
    List<RuleSpec> rules,
    List<CheckReference> checkReferences) {

  /** A check id named under {@code key} ({@code exempt} or {@code weights}) at {@code line}. */
  public record CheckReference(String id, String key, int line) {}

  public ScanConfig {
    exemptions = Map.copyOf(exemptions);
    ignorePaths = List.copyOf(ignorePaths);
    workItemPatterns = List.copyOf(workItemPatterns);
    weights = Map.copyOf(weights);
    deployTags = List.copyOf(deployTags);
    rules = List.copyOf(rules);
    checkReferences = List.copyOf(checkReferences);
  }

  /** A configuration without deploy tags, custom rules or recorded lines (tests, callers). */
  public ScanConfig(
      String source,
      Map<String, String> exemptions,
      List<String> ignorePaths,
      List<Pattern> workItemPatterns,
      Map<String, Integer> weights) {
    this(
        source,
        exemptions,
        ignorePaths,
        workItemPatterns,
        weights,
        List.of(),
        List.of(),
        List.of());
  }

  public static ScanConfig defaults() {
    return new ScanConfig(null, Map.of(), List.of(), List.of(), Map.of());
  }

  /** Whether a path is ignored: a glob with {@code *}, {@code **} and {@code ?}. */
  public Predicate<String> ignored() {
    List<Pattern> globs = ignorePaths.stream().map(ScanConfig::glob).toList();
    return path -> globs.stream().anyMatch(g -> g.matcher(path).matches());
  }

  static Pattern glob(String glob) {
    String g = glob.startsWith("/") ? glob.substring(1) : glob;
    if (g.endsWith("/")) {
      g = g + "**";
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char ch = g.charAt(i);
      if (ch == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
        if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
          i++;
          re.append("/?");
        }
      } else if (ch == '*') {
        re.append("[^/]*");
      } else if (ch == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    // a folder name ignores everything under it
    return Pattern.compile(re + "(/.*)?");
  }
}
