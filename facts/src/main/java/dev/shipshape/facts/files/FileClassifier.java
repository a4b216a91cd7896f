package dev.shipshape.facts.files;

import dev.shipshape.repository.TreeFile;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Decides each file's scope, role and language from its path alone. */
public final class FileClassifier {
  private final Predicate<String> ignored;

  /**
   * @param ignored paths the user asked to leave out (from the configuration)
   */
  public FileClassifier(Predicate<String> ignored) {
    this.ignored = ignored;
  }

  public SourceFile classify(TreeFile file) {
    String path = file.path();
    String language = PathRules.LANGUAGE_BY_EXTENSION.get(PathRules.extension(file.name()));
    Scope scope = scopeOf(path);
    Role role = roleOf(path, file.name(), language);
    return new SourceFile(file, scope, role, language);
  }

  private Scope scopeOf(String path) {
    if (ignored.test(path)) {
      return Scope.IGNORED;
    }
    List<String> dirs = folders(path);
    for (int i = 0; i < dirs.size(); i++) {
      String d = dirs.get(i);
      String lower = d.toLowerCase(Locale.ROOT);
      if (PathRules.VENDORED_DIRS.contains(d) || PathRules.VENDORED_DIRS.contains(lower)) {
        return Scope.VENDORED;
      }
      if (PathRules.TEST_DATA_DIRS.contains(lower)) {
        return Scope.TEST_DATA;
      }
      // src/test/resources, tests/data: inputs of the project's own tests
      if (i > 0
          && PathRules.TEST_RESOURCE_DIRS.contains(lower)
          && PathRules.TEST_DIRS.contains(dirs.get(i - 1).toLowerCase(Locale.ROOT))) {
        return Scope.TEST_DATA;
      }
      if (PathRules.EXAMPLE_DIRS.contains(lower)) {
        return Scope.EXAMPLE;
      }
      if (PathRules.GENERATED_DIRS.contains(d)) {
        return Scope.GENERATED;
      }
    }
    return Scope.OWN;
  }

  private static Role roleOf(String path, String name, String language) {
    if (PathRules.BUILD_FILES.contains(name)) {
      return Role.BUILD;
    }
    String ext = PathRules.extension(name);
    if (language != null && !"hcl".equals(language) && !"sql".equals(language)) {
      return isTest(path, name) ? Role.TEST_CODE : Role.PRODUCTION_CODE;
    }
    if (name.endsWith(".tftest.hcl")) {
      return Role.TEST_CODE;
    }
    if (PathRules.DOC_EXTENSIONS.contains(ext)) {
      return Role.DOCUMENTATION;
    }
    if (ext.equals("yml")
        || ext.equals("yaml")
        || ext.equals("json")
        || ext.equals("toml")
        || ext.equals("xml")
        || ext.equals("properties")
        || ext.equals("ini")
        || ext.equals("tf")
        || ext.equals("hcl")) {
      return Role.CONFIG;
    }
    return Role.OTHER;
  }

  // compiled once: String.matches compiles its pattern on every call
  private static final java.util.regex.Pattern JS_TEST_NAME =
      java.util.regex.Pattern.compile(".*\\.(spec|test)\\.[cm]?[jt]sx?");
  private static final java.util.regex.Pattern JVM_TEST_NAME =
      java.util.regex.Pattern.compile(
          ".*(Test|Tests|IT|Spec|TestCase)\\.(java|kt|scala|groovy|cs)");

  /** Test code by each ecosystem's convention: test folders and test file names. */
  static boolean isTest(String path, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("_test.go")
        || lower.startsWith("test_") && lower.endsWith(".py")
        || lower.endsWith("_test.py")
        || JS_TEST_NAME.matcher(lower).matches()
        || lower.endsWith("_spec.rb")
        || lower.endsWith("_test.rb")
        || JVM_TEST_NAME.matcher(name).matches()
        || lower.endsWith(".tftest.hcl")
        || lower.endsWith(".t") && path.startsWith("t/")) {
      return true;
    }
    for (String d : folders(path)) {
      // below src/main/ everything is production by the Maven/Gradle layout (a `testing` package)
      if (d.equals("main") && path.contains("src/main/")) {
        return false;
      }
      if (PathRules.TEST_DIRS.contains(d)
          || PathRules.TEST_DIRS.contains(d.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> folders(String path) {
    String[] parts = path.split("/");
    return List.of(parts).subList(0, parts.length - 1);
  }
}
