package dev.shipshape.facts.runtime;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runtimes pinned to versions past their end of life: Java before 11, Node.js before 18, Python
 * before 3.9. One rule per place a version is pinned: the file name, the pattern whose first group
 * is the version, and the runtime.
 */
public final class EndOfLifeRuntimes {
  record Rule(Pattern fileName, Pattern version, String runtime) {}

  static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("\\.nvmrc|\\.node-version"),
              Pattern.compile("^\\s*v?(\\d+(?:\\.\\d+)?)"),
              "node"),
          new Rule(
              Pattern.compile("\\.python-version"),
              Pattern.compile("^\\s*(\\d+\\.\\d+)"),
              "python"),
          new Rule(
              Pattern.compile("\\.java-version"), Pattern.compile("^\\s*(?:1\\.)?(\\d+)"), "java"),
          new Rule(
              Pattern.compile("\\.tool-versions"),
              Pattern.compile("(?m)^nodejs\\s+(\\d+)"),
              "node"),
          new Rule(
              Pattern.compile("\\.tool-versions"),
              Pattern.compile("(?m)^python\\s+(\\d+\\.\\d+)"),
              "python"),
          new Rule(
              Pattern.compile("\\.tool-versions"),
              Pattern.compile("(?m)^java\\s+\\D*(\\d+)"),
              "java"),
          new Rule(
              Pattern.compile("pom\\.xml"),
              Pattern.compile(
                  "<(?:maven\\.compiler\\.(?:source|target|release)|java\\.version)>\\s*(?:1\\.)?(\\d+)"),
              "java"),
          new Rule(
              Pattern.compile("build\\.gradle(\\.kts)?"),
              Pattern.compile(
                  "(?:sourceCompatibility|targetCompatibility)\\s*=\\s*(?:JavaVersion\\.VERSION_)?['\"]?(?:1[._])?(\\d+)"),
              "java"),
          new Rule(
              Pattern.compile("package\\.json"),
              Pattern.compile("\"node\"\\s*:\\s*\"[^\"\\d]*(\\d+)"),
              "node"),
          new Rule(
              Pattern.compile("Dockerfile.*"),
              Pattern.compile("(?mi)^FROM\\s+(?:\\S+/)?node:(\\d+)"),
              "node"),
          new Rule(
              Pattern.compile("Dockerfile.*"),
              Pattern.compile("(?mi)^FROM\\s+(?:\\S+/)?python:(\\d+\\.\\d+)"),
              "python"),
          new Rule(
              Pattern.compile("Dockerfile.*"),
              Pattern.compile(
                  "(?mi)^FROM\\s+(?:\\S+/)?(?:openjdk|eclipse-temurin|amazoncorretto|maven:[\\d.]+-\\D*):?(\\d+)"),
              "java"));

  private EndOfLifeRuntimes() {}

  /** Whether the version is past end of life: Java < 11, Node < 18, Python < 3.9. */
  static boolean endOfLife(String runtime, String version) {
    String[] parts = version.split("\\.");
    int major = Integer.parseInt(parts[0]);
    int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    return switch (runtime) {
      case "java" -> major < 11;
      case "node" -> major < 18;
      case "python" -> major < 3 || major == 3 && minor < 9;
      default -> false;
    };
  }

  /** Each pin of a runtime past its end of life in the repository's own files. */
  public static List<Evidence> find(ProjectFiles files) {
    List<Evidence> found = new ArrayList<>();
    for (SourceFile f : files.own()) {
      for (Rule rule : RULES) {
        if (!rule.fileName().matcher(f.name()).matches()) {
          continue;
        }
        Optional<String> text = files.text(f);
        if (text.isEmpty()) {
          continue;
        }
        Matcher m = rule.version().matcher(text.get());
        while (m.find()) {
          if (endOfLife(rule.runtime(), m.group(1))) {
            int line =
                (int) text.get().substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            found.add(
                Evidence.line(
                    f.path(),
                    line,
                    rule.runtime() + " " + m.group(1) + " is past its end of life"));
          }
        }
      }
    }
    return found;
  }
}
