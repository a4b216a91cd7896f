package dev.shipshape.checks.custom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.config.ConfigReader;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRulesTest {
  @TempDir Path dir;

  private static CheckDefinition rule(String test) {
    String yaml =
        """
        rules:
          - id: operations/custom-rule
            title: The custom rule holds
            weight: 3
            appliesTo: [service]
            remediation: Make it hold.
        """
            + "    "
            + test
            + "\n";
    return CustomRules.definitions(ConfigReader.read(".shipshape.yml", yaml).rules()).get(0);
  }

  private static Outcome.Scored scored(CheckDefinition def, Facts facts) {
    return (Outcome.Scored) def.check().evaluate(facts);
  }

  @Test
  void aRuleBecomesACheckOfItsPracticeWithItsMetadata() {
    CheckDefinition def = rule("fileExists: docs/on-call.md");
    assertThat(def.meta().id()).isEqualTo("operations/custom-rule");
    assertThat(def.meta().practice()).isEqualTo(Practice.OPERATIONS);
    assertThat(def.meta().title()).isEqualTo("The custom rule holds");
    assertThat(def.meta().weight()).isEqualTo(3);
    assertThat(def.meta().appliesTo()).containsExactly(RepositoryKind.SERVICE);
    assertThat(def.meta().remediation()).isEqualTo("Make it hold.");
  }

  @Test
  void fileExistsPassesWithTheFileAsEvidence() {
    try (TestRepository repo =
        TestRepository.create(dir).file("docs/on-call.md", "# Rota\n").commit("add rota")) {
      Outcome.Scored outcome = scored(rule("fileExists: docs/on-call.md"), repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).extracting(Evidence::path).containsExactly("docs/on-call.md");
    }
  }

  @Test
  void fileExistsFailsWhenOnlyTestDataHasTheFile() {
    try (TestRepository repo =
        TestRepository.create(dir)
            .file("testdata/docs/on-call.md", "# Rota\n")
            .file("README.md", "# x\n")
            .commit("fixture")) {
      Outcome.Scored outcome = scored(rule("fileExists: \"**/on-call.md\""), repo.facts());
      assertThat(outcome.score()).isZero();
      assertThat(outcome.summary())
          .isEqualTo(
              "No file matches **/on-call.md (1 under test data, examples, vendored, generated"
                  + " or ignored paths do not count).");
    }
  }

  @Test
  void fileContainsPassesWithPathAndLineOfTheMatch() {
    try (TestRepository repo =
        TestRepository.create(dir)
            .file(
                "src/main/resources/logback.xml",
                "<configuration>\n  <appender>\n    <encoder class=\"LogstashEncoder\"/>\n")
            .commit("json logs")) {
      Outcome.Scored outcome =
          scored(
              rule("fileContains: {path: \"**/logback*.xml\", pattern: LogstashEncoder}"),
              repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::location)
          .containsExactly("src/main/resources/logback.xml:3");
    }
  }

  @Test
  void fileContainsFailsWhenTheFileLacksThePatternOrIsMissing() {
    String test = "fileContains: {path: \"**/logback*.xml\", pattern: LogstashEncoder}";
    try (TestRepository repo =
        TestRepository.create(dir)
            .file("src/main/resources/logback.xml", "<configuration>\n  <appender/>\n")
            .commit("plain logs")) {
      Outcome.Scored outcome = scored(rule(test), repo.facts());
      assertThat(outcome.score()).isZero();
      assertThat(outcome.summary())
          .isEqualTo("1 file matches **/logback*.xml, but none contains LogstashEncoder.");
      assertThat(outcome.evidence())
          .extracting(Evidence::path)
          .containsExactly("src/main/resources/logback.xml");
    }
    try (TestRepository repo =
        TestRepository.create(dir.resolve("other")).file("README.md", "x\n").commit("x")) {
      assertThat(scored(rule(test), repo.facts()).summary())
          .isEqualTo("No file matches **/logback*.xml.");
    }
  }

  @Test
  void pipelineRunsPassesWithThePipelineStepAsEvidence() {
    try (TestRepository repo =
        TestRepository.create(dir)
            .file(
                ".github/workflows/ci.yml",
                "on: push\njobs:\n  build:\n    steps:\n      - run: make\n      - run: syft . -o"
                    + " spdx-json\n")
            .commit("sbom")) {
      Outcome.Scored outcome = scored(rule("pipelineRuns: \"\\\\bsyft\\\\b\""), repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::location, Evidence::detail)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  ".github/workflows/ci.yml:6", "job build runs `syft . -o spdx-json`"));
    }
  }

  @Test
  void pipelineRunsFailsWhenNoStepMatchesOrThereIsNoPipeline() {
    try (TestRepository repo =
        TestRepository.create(dir)
            .file(
                ".github/workflows/ci.yml",
                "on: push\njobs:\n  build:\n    steps:\n      - run: make\n")
            .file(
                "testdata/.github/workflows/sbom.yml",
                "on: push\njobs:\n  b:\n    steps:\n      - run: syft .\n")
            .commit("no sbom")) {
      Outcome.Scored outcome = scored(rule("pipelineRuns: syft"), repo.facts());
      assertThat(outcome.score()).isZero();
      assertThat(outcome.summary()).isEqualTo("No step of 1 pipeline runs syft.");
    }
    try (TestRepository repo =
        TestRepository.create(dir.resolve("other")).file("README.md", "x\n").commit("x")) {
      assertThat(scored(rule("pipelineRuns: syft"), repo.facts()).summary())
          .isEqualTo("No pipeline, so nothing runs syft.");
    }
  }

  @Test
  void aPatternThatBacktracksForeverStopsWithAnError() {
    try (TestRepository repo =
        TestRepository.create(dir).file("docs/a.txt", "a".repeat(40) + "!\n").commit("x")) {
      CheckDefinition def = rule("fileContains: {path: docs/a.txt, pattern: \"(.*a){10}b\"}");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> def.check().evaluate(repo.facts()))
          .isInstanceOf(dev.shipshape.facts.config.BoundedText.TooSlow.class);
    }
  }
}
