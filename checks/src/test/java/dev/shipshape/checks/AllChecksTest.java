package dev.shipshape.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Practice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole catalogue: every registered check has complete metadata, a doc page and a test. */
class AllChecksTest {
  private static final Path DOCS = Path.of("..", "docs", "checks");

  /** One package per practice. */
  private static final java.util.Map<Practice, String> PACKAGES =
      java.util.Map.of(
          Practice.VERSION_CONTROL, "versioncontrol",
          Practice.CI_CD, "cicd",
          Practice.INFRASTRUCTURE_AS_CODE, "iac",
          Practice.AUTOMATED_TESTING, "testing",
          Practice.MONITORING_LOGGING, "monitoring",
          Practice.COLLABORATION, "collaboration",
          Practice.SECURITY_COMPLIANCE, "security",
          Practice.AGILE_LEAN, "agile",
          Practice.CONTINUOUS_LEARNING, "learning",
          Practice.OPERATIONS, "operations");

  @Test
  void builtInChecksAreListedOnceEachSortedById() {
    List<String> ids =
        BuiltInChecks.all().stream().map(c -> CheckMeta.of(c.getClass()).id()).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void everyCheckHasCompleteMetadata() {
    for (Check check : BuiltInChecks.all()) {
      // CheckMeta.of validates: id shape and practice prefix, title, weight 1-3, kinds, remediation
      CheckMeta meta = CheckMeta.of(check.getClass());
      assertThat(check.getClass().getSimpleName())
          .as("class name of %s", meta.id())
          .endsWith("Check");
      assertThat(check.getClass().getPackageName())
          .as("package of %s", meta.id())
          .isEqualTo("dev.shipshape.checks." + PACKAGES.get(meta.practice()));
    }
  }

  @Test
  void everyCheckHasADocPage() {
    for (Check check : BuiltInChecks.all()) {
      CheckMeta meta = CheckMeta.of(check.getClass());
      Path page = DOCS.resolve(meta.practice().id()).resolve(meta.name() + ".md");
      assertThat(page).as("doc page of %s", meta.id()).exists();
      assertThat(read(page))
          .as("doc page of %s", meta.id())
          .startsWith("# " + meta.id())
          .contains(
              "## What it looks for",
              "## Why it matters",
              "## How it scores",
              "## How to exempt it");
    }
  }

  @Test
  void everyCheckHasATestNextToIt() throws Exception {
    for (Check check : BuiltInChecks.all()) {
      String testName = check.getClass().getName() + "Test";
      assertThat(Class.forName(testName))
          .as("test of %s", check.getClass().getSimpleName())
          .isNotNull();
    }
  }

  @Test
  void theDocIndexListsEveryCheck() {
    String index = read(DOCS.resolve("README.md"));
    for (Check check : BuiltInChecks.all()) {
      assertThat(index).contains(CheckMeta.of(check.getClass()).id());
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
