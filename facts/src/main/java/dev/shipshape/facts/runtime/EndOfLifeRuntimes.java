package dev.shipshape.facts.runtime;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.model.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runtimes pinned to versions past their end of life at a given time (the end of the scan's window,
 * so the same revision always gives the same answer). One rule per place a version is pinned: the
 * file name, the pattern whose first group is the version, the runtime, and whether the pin is the
 * runtime the code runs on (a version file, a base image) or only the language level it is compiled
 * for, which a library or a distributed program keeps low on purpose for its users and which says
 * nothing of where it runs.
 */
public final class EndOfLifeRuntimes {
  /** A pin of a runtime past its end of life, and whether it is a compile target. */
  public record Pin(Evidence evidence, boolean compileTarget) {}

  record Rule(Pattern fileName, Pattern version, String runtime, boolean compileTarget) {}

  static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile("\\.nvmrc|\\.node-version"),
              Pattern.compile("^[ \\t]*v?(\\d+(?:\\.\\d+)?)"),
              "node",
              false),
          new Rule(
              Pattern.compile("\\.python-version"),
              Pattern.compile("^[ \\t]*(\\d+\\.\\d+)"),
              "python",
              false),
          new Rule(
              Pattern.compile("\\.java-version"),
              Pattern.compile("^[ \\t]*(?:1\\.)?(\\d+)"),
              "java",
              false),
          new Rule(
              Pattern.compile("\\.tool-versions"),
              Pattern.compile("(?m)^nodejs[ \\t]+(\\d+)"),
              "node",
              false),
          new Rule(
              Pattern.compile("\\.tool-versions"),
              Pattern.compile("(?m)^python[ \\t]+(\\d+\\.\\d+)"),
              "python",
              false),
          new Rule(
              Pattern.compile("\\.tool-versions"),
              Pattern.compile("(?m)^java[ \\t]+\\D{0,40}?(\\d+)"),
              "java",
              false),
          new Rule(
              Pattern.compile("runtime\\.txt"),
              Pattern.compile("^[ \\t]*python-(\\d+\\.\\d+)"),
              "python",
              false),
          new Rule(
              Pattern.compile("Dockerfile.*|.*\\.Dockerfile"),
              Pattern.compile("(?mi)^FROM[ \\t]+(?:\\S+/)?node:(\\d+)"),
              "node",
              false),
          new Rule(
              Pattern.compile("Dockerfile.*|.*\\.Dockerfile"),
              Pattern.compile("(?mi)^FROM[ \\t]+(?:\\S+/)?python:(\\d+\\.\\d+)"),
              "python",
              false),
          new Rule(
              Pattern.compile("Dockerfile.*|.*\\.Dockerfile"),
              Pattern.compile(
                  "(?mi)^FROM[ \\t]+(?:\\S+/)?(?:openjdk|eclipse-temurin|amazoncorretto|maven:[\\d.]+-\\D{1,40}?):?(\\d+)"),
              "java",
              false),
          new Rule(
              Pattern.compile("Dockerfile.*|.*\\.Dockerfile"),
              Pattern.compile("(?mi)^FROM[ \\t]+(?:\\S+/)?golang:(\\d+\\.\\d+)"),
              "go",
              false),
          new Rule(
              Pattern.compile("pom\\.xml"),
              Pattern.compile(
                  "<(?:maven\\.compiler\\.(?:source|target|release)|java\\.version)>[ \\t]*(?:1\\.)?(\\d+)"),
              "java",
              true),
          new Rule(
              Pattern.compile("build\\.gradle(\\.kts)?"),
              Pattern.compile(
                  "(?:sourceCompatibility|targetCompatibility)[ \\t]*=[ \\t]*(?:JavaVersion\\.VERSION_)?['\"]?(?:1[._])?(\\d+)"),
              "java",
              true),
          new Rule(
              Pattern.compile("package\\.json"),
              Pattern.compile("\"node\"[ \\t]*:[ \\t]*\"[^\"\\d]{0,10}(\\d+)"),
              "node",
              true));

  /**
   * When each version's free support ended (the upstream projects' own schedules: nodejs.org,
   * devguide.python.org, go.dev's "two newest releases", and for Java the end of public updates of
   * a feature release: non-LTS releases after six months). Versions older than the table are past
   * their end of life; newer ones are not (yet).
   */
  static final Map<String, Map<String, LocalDate>> END_OF_LIFE =
      Map.of(
          "node",
          Map.ofEntries(
              Map.entry("16", LocalDate.of(2023, 9, 11)),
              Map.entry("17", LocalDate.of(2022, 6, 1)),
              Map.entry("18", LocalDate.of(2025, 4, 30)),
              Map.entry("19", LocalDate.of(2023, 6, 1)),
              Map.entry("20", LocalDate.of(2026, 4, 30)),
              Map.entry("21", LocalDate.of(2024, 6, 1)),
              Map.entry("22", LocalDate.of(2027, 4, 30)),
              Map.entry("23", LocalDate.of(2025, 6, 1)),
              Map.entry("24", LocalDate.of(2028, 4, 30)),
              Map.entry("25", LocalDate.of(2026, 6, 1))),
          "python",
          Map.of(
              "3.8", LocalDate.of(2024, 10, 7),
              "3.9", LocalDate.of(2025, 10, 31),
              "3.10", LocalDate.of(2026, 10, 31),
              "3.11", LocalDate.of(2027, 10, 31),
              "3.12", LocalDate.of(2028, 10, 31),
              "3.13", LocalDate.of(2029, 10, 31),
              "3.14", LocalDate.of(2030, 10, 31)),
          "java",
          Map.ofEntries(
              Map.entry("9", LocalDate.of(2018, 3, 20)),
              Map.entry("10", LocalDate.of(2018, 9, 25)),
              Map.entry("12", LocalDate.of(2019, 9, 17)),
              Map.entry("13", LocalDate.of(2020, 3, 17)),
              Map.entry("14", LocalDate.of(2020, 9, 15)),
              Map.entry("15", LocalDate.of(2021, 3, 16)),
              Map.entry("16", LocalDate.of(2021, 9, 14)),
              Map.entry("18", LocalDate.of(2022, 9, 20)),
              Map.entry("19", LocalDate.of(2023, 3, 21)),
              Map.entry("20", LocalDate.of(2023, 9, 19)),
              Map.entry("22", LocalDate.of(2024, 9, 17)),
              Map.entry("23", LocalDate.of(2025, 3, 18)),
              Map.entry("24", LocalDate.of(2025, 9, 16)),
              Map.entry("26", LocalDate.of(2026, 9, 15))),
          "go",
          Map.of(
              "1.19", LocalDate.of(2023, 8, 8),
              "1.20", LocalDate.of(2024, 2, 6),
              "1.21", LocalDate.of(2024, 8, 13),
              "1.22", LocalDate.of(2025, 2, 11),
              "1.23", LocalDate.of(2025, 8, 12),
              "1.24", LocalDate.of(2026, 2, 10),
              "1.25", LocalDate.of(2026, 8, 11)));

  /** The oldest version of each runtime in the table: anything older is past its end of life. */
  private static final Map<String, String> OLDEST =
      Map.of("node", "16", "python", "3.8", "java", "11", "go", "1.19");

  private EndOfLifeRuntimes() {}

  /** Whether the version is past its end of life at {@code at}. */
  static boolean endOfLife(String runtime, String version, Instant at) {
    String key = runtime.equals("java") || runtime.equals("node") ? major(version) : version;
    LocalDate end = END_OF_LIFE.get(runtime).get(key);
    if (end != null) {
      return !at.isBefore(end.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    return compare(key, OLDEST.get(runtime)) < 0;
  }

  /** Each pin of a runtime past its end of life at {@code at} in the repository's own files. */
  public static List<Pin> find(ProjectFiles files, Instant at) {
    List<Pin> found = new ArrayList<>();
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
          if (endOfLife(rule.runtime(), m.group(1), at)) {
            int line =
                (int) text.get().substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            String what =
                rule.compileTarget()
                    ? " is the compile target, past its end of life"
                    : " is past its end of life";
            found.add(
                new Pin(
                    Evidence.line(f.path(), line, rule.runtime() + " " + m.group(1) + what),
                    rule.compileTarget()));
          }
        }
      }
    }
    return found;
  }

  private static String major(String version) {
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }

  /** Compares dotted versions numerically: 3.10 is newer than 3.9. */
  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? Integer.parseInt(x[i]) : 0;
      int q = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }
}
