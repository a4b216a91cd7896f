package dev.shipshape.facts.tree;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What pins each ecosystem's build: its manifest, and the lockfiles or wrappers that make the build
 * the same everywhere. One line per ecosystem; names match the whole file name.
 */
public final class Lockfiles {
  private Lockfiles() {}

  /**
   * An ecosystem in use when a file named {@code manifest} exists; pinned when a file named {@code
   * lock} exists (or, for Python, a requirements file pins every line).
   */
  public record Ecosystem(String name, Pattern manifest, Pattern lock, String suggestion) {}

  public static final List<Ecosystem> ALL =
      List.of(
          e(
              "npm",
              "package\\.json",
              "package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.yaml|bun\\.lockb?",
              "commit package-lock.json (or yarn.lock / pnpm-lock.yaml)"),
          e(
              "python",
              "pyproject\\.toml|setup\\.py|Pipfile|requirements[^/]*\\.(txt|in)",
              "poetry\\.lock|uv\\.lock|Pipfile\\.lock|pdm\\.lock|pylock\\.[^/]*toml|requirements[^/]*\\.lock",
              "commit poetry.lock / uv.lock, or requirements.txt pinned with == (pip-compile)"),
          e("go", "go\\.mod", "go\\.sum", "commit go.sum"),
          e("rust", "Cargo\\.toml", "Cargo\\.lock", "commit Cargo.lock"),
          e("ruby", "Gemfile", "Gemfile\\.lock", "commit Gemfile.lock"),
          e(
              "maven",
              "pom\\.xml",
              "mvnw",
              "add the Maven wrapper (mvn wrapper:wrapper) and commit mvnw"),
          e(
              "gradle",
              "build\\.gradle(\\.kts)?|settings\\.gradle(\\.kts)?",
              "gradlew",
              "add the Gradle wrapper (gradle wrapper) and commit gradlew"),
          e(
              "dotnet",
              "[^/]*\\.(cs|fs|vb)proj",
              "packages\\.lock\\.json",
              "enable RestorePackagesWithLockFile and commit packages.lock.json"),
          e("php", "composer\\.json", "composer\\.lock", "commit composer.lock"),
          e("elixir", "mix\\.exs", "mix\\.lock", "commit mix.lock"),
          e("dart", "pubspec\\.yaml", "pubspec\\.lock", "commit pubspec.lock"),
          e("swift", "Package\\.swift", "Package\\.resolved", "commit Package.resolved"));

  /** A requirements line pinned to one version (or a hash, an option, a comment). */
  private static final Pattern PINNED_REQUIREMENT =
      Pattern.compile("\\s*(#.*|-.*|--hash.*|[^#;\\s]+\\s*===?\\s*[^,\\s*]+[^*]*)?");

  /** Every requirement of a requirements file names one version ({@code ==}). */
  public static boolean pinsEveryRequirement(String text) {
    boolean any = false;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.endsWith("\\")) {
        l = l.substring(0, l.length() - 1).strip();
      }
      if (!PINNED_REQUIREMENT.matcher(l).matches()) {
        return false;
      }
      any |= !l.isEmpty() && !l.startsWith("#") && !l.startsWith("-");
    }
    return any;
  }

  private static Ecosystem e(String name, String manifest, String lock, String suggestion) {
    return new Ecosystem(name, Pattern.compile(manifest), Pattern.compile(lock), suggestion);
  }
}
