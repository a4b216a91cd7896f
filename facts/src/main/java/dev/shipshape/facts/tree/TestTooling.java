package dev.shipshape.facts.tree;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Test tooling that is not an inventory word of its own: coverage thresholds, what shows a web UI
 * ships, and acceptance criteria in templates. One line per tool.
 */
public final class TestTooling {
  private TestTooling() {}

  /** A file (regex over its name) whose text enforces a minimum coverage. */
  public record FileRule(Pattern name, Pattern content) {}

  private static final String ANY = "(.*/)?";

  public static final List<FileRule> COVERAGE_THRESHOLDS =
      List.of(
          f("pom\\.xml", "<minimum>|<haltOnFailure>|jacoco[\\s\\S]*<goal>check</goal>"),
          f(
              ANY + "build\\.gradle(\\.kts)?",
              "jacocoTestCoverageVerification|minimum\\s*=|minBound|koverVerify|verify\\s*\\{[\\s\\S]*rule"),
          f(
              ANY + "(\\.coveragerc|setup\\.cfg|tox\\.ini|pyproject\\.toml|pytest\\.ini)",
              "fail_under|--cov-fail-under"),
          f(
              ANY + "package\\.json",
              "coverageThreshold|\"check-coverage\"|--check-coverage|\"thresholds\""),
          f(
              ANY + "(jest|vitest|vite|karma)\\.config\\.[cm]?[jt]s",
              "coverageThreshold|thresholds\\s*:|check\\s*:\\s*\\{"),
          f(
              ANY + "\\.nycrc(\\.json|\\.ya?ml)?|\\.c8rc(\\.json)?",
              "check-coverage|\"lines\"\\s*:|lines\\s*:"),
          f("\\.?codecov\\.ya?ml", "target\\s*:\\s*\\d"),
          f("\\.simplecov|spec_helper\\.rb|test_helper\\.rb", "minimum_coverage"),
          f(
              ANY + "[^/]*\\.(cs|fs|vb)proj|Directory\\.Build\\.props|coverlet\\.runsettings",
              "<Threshold>|/p:Threshold"),
          f("\\.testcoverage\\.ya?ml", "threshold"),
          f("(tarpaulin\\.toml|Cargo\\.toml)", "fail-under|fail_under"));

  /** Pipeline commands that fail under a coverage minimum. */
  public static final Pattern COVERAGE_THRESHOLD_COMMAND =
      Pattern.compile(
          "--cov-fail-under|--fail-under|fail_under|--check-coverage|jacoco:check|koverVerify|jacocoTestCoverageVerification|go-test-coverage|--coverageThreshold|/p:Threshold=|--fail-under-lines|minimum_coverage");

  /** Front-end frameworks in a package.json: the product ships a web UI. */
  public static final Pattern WEB_FRAMEWORK =
      Pattern.compile(
          "\"(react|react-dom|vue|@angular/core|svelte|@sveltejs/kit|next|nuxt|preact|solid-js|lit|ember-source|@remix-run/react|gatsby|astro|jquery|alpinejs|htmx\\.org|@builder\\.io/qwik)\"\\s*:");

  /** Files that render pages: components and server-side templates. */
  public static final Pattern WEB_PAGE =
      Pattern.compile(
          "(?i).*\\.(jsx|tsx|vue|svelte|astro|cshtml|razor|erb|haml|slim|hbs|handlebars|ejs|njk|jinja2?|j2|twig|liquid|html?|jsp|gsp|ftl|mustache)");

  /** Folders whose pages are not the product's UI (docs, reports, tests). */
  public static final Pattern NOT_PRODUCT_PAGES =
      Pattern.compile(
          "(?i)(.*/)?(docs?|site|javadoc|reports?|coverage|\\.github|test|tests|spec|__tests__)/.*");

  /** Templates that ask for acceptance criteria: the 3 Amigos' agreement, written down. */
  public static final Pattern TEMPLATE =
      Pattern.compile(
          "(\\.github/|docs/|\\.gitlab/)?(ISSUE_TEMPLATE/[^/]+|ISSUE_TEMPLATE\\.md|issue_template\\.md|pull_request_template\\.md|PULL_REQUEST_TEMPLATE(\\.md|/[^/]+)|issue_templates/[^/]+|merge_request_templates/[^/]+)");

  public static final Pattern ACCEPTANCE_CRITERIA =
      Pattern.compile(
          "(?i)acceptance[ _-]criteria|definition of done|\\bgiven\\b[^\\n]*\\n?[^\\n]*\\bwhen\\b[^\\n]*\\n?[^\\n]*\\bthen\\b");

  private static FileRule f(String name, String content) {
    return new FileRule(Pattern.compile(name), Pattern.compile(content));
  }
}
