package dev.shipshape.facts.config;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The scanned repository's {@code .shipshape.yml} (or {@code --config FILE}): exemptions with their
 * reasons, ignored paths, extra work-item patterns and weight overrides.
 */
public record ScanConfig(
    String source,
    Map<String, String> exemptions,
    List<String> ignorePaths,
    List<Pattern> workItemPatterns,
    Map<String, Integer> weights) {

  public ScanConfig {
    exemptions = Map.copyOf(exemptions);
    ignorePaths = List.copyOf(ignorePaths);
    workItemPatterns = List.copyOf(workItemPatterns);
    weights = Map.copyOf(weights);
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
