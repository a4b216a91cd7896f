package dev.shipshape.facts.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.InventoryCategory;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests rules added for the tree checks: each word, a positive and a negative case. */
class InventoryRulesTest {

  private static boolean fileMatches(String word, String path, String text) {
    return InventoryRules.ALL.stream()
        .filter(r -> r.category() == InventoryCategory.TESTS && r.word().equals(word))
        .filter(InventoryRule::forFiles)
        .anyMatch(
            r ->
                r.path().matcher(path).matches()
                    && (r.content() == null || r.content().matcher(text).find()));
  }

  private static boolean commandMatches(String word, String command) {
    return InventoryRules.ALL.stream()
        .filter(r -> r.category() == InventoryCategory.TESTS && r.word().equals(word))
        .filter(r -> r.command() != null)
        .map(InventoryRule::command)
        .map(Pattern::pattern)
        .anyMatch(p -> Pattern.compile(p).matcher(command).find());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "terraform apply -auto-approve | terraform",
        "uses: release-please-action | package-registry",
      })
  void deployStepsAreRecognised(String command, String word) {
    assertThat(deployWords(command)).contains(word);
  }

  @org.junit.jupiter.api.Test
  void installingTerraformDeploysNothing() {
    assertThat(deployWords("hashicorp/setup-terraform@v3")).isEmpty();
  }

  private static java.util.List<String> deployWords(String command) {
    return InventoryRules.ALL.stream()
        .filter(r -> r.category() == InventoryCategory.DEPLOY && r.command() != null)
        .filter(r -> r.command().matcher(command).find())
        .map(InventoryRule::word)
        .toList();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "e2e | package.json | {\"devDependencies\": {\"@playwright/test\": \"1\"}} | true",
        "e2e | package.json | {\"devDependencies\": {\"jest\": \"29\"}} | false",
        "bdd | pom.xml | <artifactId>cucumber-java</artifactId> | true",
        "bdd | pom.xml | <artifactId>junit</artifactId> | false",
        "performance | pom.xml | <artifactId>jmh-core</artifactId> | true",
        "performance | svc/parse_test.go | func BenchmarkParse(b *testing.B) {} | true",
        "performance | svc/parse_test.go | func TestParse(t *testing.T) {} | false",
        "sast | pom.xml | <artifactId>findsecbugs-plugin</artifactId> | true",
        "sast | package.json | {\"devDependencies\": {\"eslint\": \"9\"}} | false",
        "dast | .zap/rules.tsv | x | true",
        "dast | zapier.md | x | false",
      })
  void fileRules(String word, String path, String text, boolean found) {
    assertThat(fileMatches(word, path, text)).isEqualTo(found);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "e2e | npm run test:e2e | true",
        "sast | include template: Jobs/SAST.gitlab-ci.yml | true",
        "dependency-scan | include template: Security/Dependency-Scanning.gitlab-ci.yml | true",
        "secret-scan | include template: Jobs/Secret-Detection.gitlab-ci.yml | true",
        "sast | include template: Auto-DevOps.gitlab-ci.yml | false",
        "iac-scan | kubeconform -strict -summary | false",
        "iac-scan | checkov -d . | true",
        "e2e | npm run test | false",
        "performance | go test -bench=. ./... | true",
        "performance | go test ./... | false",
        "sast | mvn -B verify sonar:sonar | true",
        "sast | mvn -B verify | false",
      })
  void commandRules(String word, String command, boolean found) {
    assertThat(commandMatches(word, command)).isEqualTo(found);
  }

  @ParameterizedTest
  @CsvSource({
    "Dockerfile, true",
    "svc/Dockerfile.prod, true",
    "build/app.Dockerfile, true",
    "Containerfile, true",
    "src/main/java/a/Dockerfile.java, false",
    "docs/Dockerfile.md, false",
    "Dockerfile.dockerignore, false",
  })
  void dockerfilesByName(String path, boolean found) {
    boolean matched =
        InventoryRules.ALL.stream()
            .filter(r -> r.category() == InventoryCategory.IAC && r.word().equals("dockerfile"))
            .anyMatch(r -> r.path().matcher(path).matches());
    assertThat(matched).isEqualTo(found);
  }
}
