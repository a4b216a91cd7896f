package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@CheckInfo(
    id = "automated-testing/unit-tests",
    practice = Practice.AUTOMATED_TESTING,
    title = "The code has tests, by its ecosystem's convention",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Add tests next to the code by the ecosystem's convention (src/test/java/*Test.java,"
            + " tests/test_*.py, *_test.go, *.spec.ts, *.tftest.hcl) and write a test with each"
            + " change.")
public final class UnitTestsCheck implements Check {
  /** At or above this many test files per production file the check has full marks. */
  static final double FULL_MARKS_RATIO = 0.3;

  /**
   * Scripts around the build: counted only when the repository has no other code, so a Java service
   * with a few helper scripts is judged by its Java.
   */
  private static final Set<String> SCRIPT_LANGUAGES = Set.of("shell", "powershell");

  @Override
  public Outcome evaluate(Facts facts) {
    List<SourceFile> own = facts.files().own();
    List<SourceFile> production = code(own, Role.PRODUCTION_CODE);
    if (production.isEmpty()) {
      // a Terraform module: its .tf files are the code, .tftest.hcl and Terratest its tests
      production = own.stream().filter(f -> f.name().endsWith(".tf")).toList();
      if (production.isEmpty()) {
        return Outcome.notApplicable("no production code in the repository's own files");
      }
    }
    boolean scriptsOnly =
        production.stream().allMatch(f -> SCRIPT_LANGUAGES.contains(f.language()));
    List<SourceFile> tests =
        own.stream()
            .filter(f -> f.role() == Role.TEST_CODE)
            .filter(f -> scriptsOnly || !SCRIPT_LANGUAGES.contains(f.language()))
            .toList();
    double ratio = (double) tests.size() / production.size();
    int score = ratio >= FULL_MARKS_RATIO ? 10 : (int) Math.floor(10 * ratio / FULL_MARKS_RATIO);

    List<Evidence> evidence = new ArrayList<>();
    evidence.add(
        Evidence.note(
            tests.size()
                + " test files for "
                + production.size()
                + " production files (ratio "
                + String.format(java.util.Locale.ROOT, "%.2f", ratio)
                + ", full marks at "
                + FULL_MARKS_RATIO
                + ")"));
    Map<String, long[]> byLanguage = new TreeMap<>();
    production.forEach(f -> byLanguage.computeIfAbsent(lang(f), k -> new long[2])[0]++);
    tests.forEach(f -> byLanguage.computeIfAbsent(lang(f), k -> new long[2])[1]++);
    List<String> untested = new ArrayList<>();
    byLanguage.forEach(
        (language, counts) -> {
          if (counts[0] > 0 && counts[1] == 0) {
            untested.add(language);
          }
          evidence.add(
              Evidence.note(language + ": " + counts[1] + " test / " + counts[0] + " production"));
        });
    tests.stream()
        .limit(5)
        .forEach(f -> evidence.add(Evidence.file(f.path(), "test code (" + lang(f) + ")")));

    String summary =
        tests.isEmpty()
            ? "No test code for " + production.size() + " production files."
            : tests.size() + " test files for " + production.size() + " production files.";
    Outcome.Scored outcome = Outcome.score(score, summary, evidence);
    if (score < 10 && !untested.isEmpty() && !tests.isEmpty()) {
      return outcome.withRemediation(
          "Add tests for the " + String.join(", ", untested) + " code, which has none.");
    }
    return outcome;
  }

  private List<SourceFile> code(List<SourceFile> own, Role role) {
    List<SourceFile> all = own.stream().filter(f -> f.role() == role).toList();
    List<SourceFile> notScripts =
        all.stream().filter(f -> !SCRIPT_LANGUAGES.contains(f.language())).toList();
    return notScripts.isEmpty() ? all : notScripts;
  }

  /** Languages tested together: Spock tests Java code, JavaScript tests TypeScript. */
  private static final Map<String, String> FAMILIES =
      Map.of(
          "java", "jvm",
          "kotlin", "jvm",
          "scala", "jvm",
          "groovy", "jvm",
          "clojure", "jvm",
          "javascript", "javascript/typescript",
          "typescript", "javascript/typescript",
          "hcl", "terraform",
          "c", "c/c++",
          "cpp", "c/c++");

  private static String lang(SourceFile f) {
    String language = f.language() == null ? "other" : f.language();
    return FAMILIES.getOrDefault(language, language);
  }
}
