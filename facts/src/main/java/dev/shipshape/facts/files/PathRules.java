package dev.shipshape.facts.files;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folder and file conventions, kept as data: which folders hold test data, examples, vendored or
 * generated code, and which file names are code of which language.
 */
public final class PathRules {
  private PathRules() {}

  static final Set<String> TEST_DATA_DIRS =
      Set.of(
          "testdata",
          "test-data",
          "test_data",
          "fixtures",
          "fixture",
          "__fixtures__",
          "test-fixtures",
          "test_fixtures",
          "testfixtures",
          "__snapshots__",
          "snapshots",
          "golden",
          "goldens",
          "testresources",
          "test-resources",
          "__mocks__",
          "mocks",
          "stubs",
          "corpus",
          "samples-for-tests");

  static final Set<String> EXAMPLE_DIRS =
      Set.of("examples", "example", "samples", "sample", "demo", "demos", "_examples");

  static final Set<String> VENDORED_DIRS =
      Set.of(
          "vendor",
          "vendors",
          "third_party",
          "third-party",
          "thirdparty",
          "external",
          "extern",
          "node_modules",
          "bower_components",
          "jspm_packages",
          ".venv",
          "venv",
          "site-packages",
          "Pods",
          "Carthage",
          ".yarn");

  static final Set<String> GENERATED_DIRS =
      Set.of(
          "target",
          "build",
          "dist",
          "out",
          "bin",
          "obj",
          "generated",
          "gen",
          "__generated__",
          ".next",
          ".nuxt",
          "coverage",
          "htmlcov",
          "__pycache__",
          ".gradle",
          ".terraform",
          ".tox");

  /** src/test/resources and the like: test inputs, not the project's own config. */
  static final Set<String> TEST_RESOURCE_DIRS = Set.of("resources", "data", "files", "assets");

  static final Set<String> TEST_DIRS =
      Set.of(
          "test",
          "tests",
          "t",
          "spec",
          "specs",
          "__tests__",
          "testing",
          "it",
          "integration-test",
          "integrationtest",
          "e2e",
          "cypress",
          "playwright",
          "androidTest",
          "testFixtures");

  static final Map<String, String> LANGUAGE_BY_EXTENSION =
      Map.ofEntries(
          Map.entry("java", "java"),
          Map.entry("kt", "kotlin"),
          Map.entry("kts", "kotlin"),
          Map.entry("scala", "scala"),
          Map.entry("groovy", "groovy"),
          Map.entry("clj", "clojure"),
          Map.entry("py", "python"),
          Map.entry("js", "javascript"),
          Map.entry("jsx", "javascript"),
          Map.entry("mjs", "javascript"),
          Map.entry("cjs", "javascript"),
          Map.entry("ts", "typescript"),
          Map.entry("tsx", "typescript"),
          Map.entry("vue", "javascript"),
          Map.entry("svelte", "javascript"),
          Map.entry("go", "go"),
          Map.entry("rs", "rust"),
          Map.entry("rb", "ruby"),
          Map.entry("php", "php"),
          Map.entry("cs", "csharp"),
          Map.entry("fs", "fsharp"),
          Map.entry("vb", "vb"),
          Map.entry("swift", "swift"),
          Map.entry("m", "objective-c"),
          Map.entry("c", "c"),
          Map.entry("h", "c"),
          Map.entry("cc", "cpp"),
          Map.entry("cpp", "cpp"),
          Map.entry("cxx", "cpp"),
          Map.entry("hpp", "cpp"),
          Map.entry("ex", "elixir"),
          Map.entry("exs", "elixir"),
          Map.entry("erl", "erlang"),
          Map.entry("hs", "haskell"),
          Map.entry("dart", "dart"),
          Map.entry("lua", "lua"),
          Map.entry("pl", "perl"),
          Map.entry("pm", "perl"),
          Map.entry("r", "r"),
          Map.entry("sh", "shell"),
          Map.entry("bash", "shell"),
          Map.entry("ps1", "powershell"),
          Map.entry("tf", "hcl"),
          Map.entry("hcl", "hcl"),
          Map.entry("sql", "sql"));

  static final Set<String> DOC_EXTENSIONS =
      Set.of("md", "markdown", "rst", "adoc", "asciidoc", "txt");

  static final Set<String> BUILD_FILES =
      Set.of(
          "pom.xml",
          "build.gradle",
          "build.gradle.kts",
          "settings.gradle",
          "settings.gradle.kts",
          "package.json",
          "pyproject.toml",
          "setup.py",
          "setup.cfg",
          "requirements.txt",
          "Pipfile",
          "go.mod",
          "Cargo.toml",
          "Gemfile",
          "composer.json",
          "Makefile",
          "CMakeLists.txt",
          "build.sbt",
          "mix.exs",
          "deno.json");

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
