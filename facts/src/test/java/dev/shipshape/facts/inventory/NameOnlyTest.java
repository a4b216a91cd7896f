package dev.shipshape.facts.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file-name form of a path pattern accepts exactly the files the whole-path form does. */
class NameOnlyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(.*/)?[^/]*\\.tf",
        "(.*/)?(pom\\.xml|build\\.gradle(\\.kts)?)",
        "(.*/)?([^/]*\\.)?(Dockerfile)(\\.(?!(java|md)$)[^/.]+)?",
        "(.*/)?[A-Za-z0-9_-]+\\.lock",
        "(.*/)?\\w+\\.sls"
      })
  void patternsThatCannotCrossAFolderHaveANameForm(String regex) {
    assertThat(NameOnly.of(Pattern.compile(regex))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(.*/)?.*\\.tf", // '.' crosses folders
        "(.*/)?\\.github/workflows/[^/]*\\.ya?ml", // names a folder
        "(.*/)?a|b", // b must match the whole path
        "(.*/)?[^a]*\\.tf", // [^a] matches '/'
        "(.*/)?[!-0]x", // a range holding '/'
        "(.*/)?\\S+\\.tf",
        "(.*/)?(?<=x)y", // looks behind the name
        "(.*/)?^x",
        "(.*/)?(?i)readme",
        "[^/]*\\.tf", // no folder prefix: the whole path is the name already
      })
  void anythingElseKeepsItsWholePathForm(String regex) {
    assertThat(NameOnly.of(Pattern.compile(regex))).isEmpty();
  }

  private static final List<String> PATHS =
      List.of(
          "main.tf",
          "infra/main.tf",
          "infra/x.tf/readme.md",
          "a/b/c/Dockerfile",
          "Dockerfile.prod",
          "app.Dockerfile",
          "Dockerfile.java",
          "docs/Dockerfile.md",
          "pom.xml",
          "sub/pom.xml",
          "sub/pom.xml.bak",
          "build.gradle.kts",
          ".github/workflows/ci.yml",
          "k8s/deploy.yaml",
          "charts/app/Chart.yaml",
          "terragrunt.hcl",
          "deep/er/still/package.json",
          "x/.tf",
          "a/b/",
          "weird name/with space.tf");

  @Test
  void everyRuleWithANameFormAgreesWithItsWholePathFormOnEveryPath() {
    List<String> disagreements = new ArrayList<>();
    int named = 0;
    for (InventoryRule rule : InventoryRules.ALL) {
      if (!rule.forFiles()) {
        continue;
      }
      var name = NameOnly.of(rule.path());
      if (name.isEmpty()) {
        continue;
      }
      named++;
      for (String path : PATHS) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        boolean whole = rule.path().matcher(path).matches();
        boolean byName = name.get().matcher(file).matches();
        if (whole != byName) {
          disagreements.add(rule.word() + " " + rule.path() + " on " + path);
        }
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(named).as("most rules look at the file name only").isGreaterThan(50);
  }
}
