package dev.shipshape.facts.tree;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What does not belong in version control: dependency folders, build outputs, binaries. */
public final class CommittedOutputs {
  private CommittedOutputs() {}

  /** Folders of downloaded dependencies or caches: never the project's own. */
  public static final Set<String> DEPENDENCY_FOLDERS =
      Set.of(
          "node_modules",
          "bower_components",
          "jspm_packages",
          ".venv",
          "venv",
          "site-packages",
          "__pycache__",
          ".pytest_cache",
          ".mypy_cache",
          ".tox",
          ".gradle",
          ".terraform",
          ".next",
          ".nuxt",
          ".parcel-cache");

  /**
   * A build tool's output folder, named as a child of the folder that holds the tool's build file:
   * {@code target/} beside a {@code pom.xml}.
   */
  public record OutputFolder(String folder, Pattern buildFile) {}

  public static final List<OutputFolder> OUTPUT_FOLDERS =
      List.of(
          new OutputFolder("target", Pattern.compile("pom\\.xml|Cargo\\.toml|build\\.sbt")),
          new OutputFolder("build", Pattern.compile("build\\.gradle(\\.kts)?")),
          new OutputFolder("bin", Pattern.compile("[^/]*\\.(cs|fs|vb)proj")),
          new OutputFolder("obj", Pattern.compile("[^/]*\\.(cs|fs|vb)proj")),
          new OutputFolder("dist", Pattern.compile("pyproject\\.toml|setup\\.py")));

  /** Compiled code and packages. */
  public static final Pattern BINARY =
      Pattern.compile(
          "(?i).*\\.(jar|war|ear|class|exe|dll|so|dylib|o|obj|a|lib|pyc|pyo|whl|egg|nupkg|apk|aab|ipa|msi|deb|rpm)");

  /** Wrapper jars are committed on purpose: they bootstrap the build tool. */
  public static final Pattern EXEMPT =
      Pattern.compile(
          "(.*/)?(\\.mvn/wrapper/maven-wrapper\\.jar|gradle/wrapper/gradle-wrapper\\.jar)");

  /** Files over this size are an offence (5 MB). */
  public static final long LARGE_FILE_BYTES = 5L * 1000 * 1000;
}
