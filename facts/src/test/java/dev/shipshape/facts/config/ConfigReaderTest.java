package dev.shipshape.facts.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

  private static ScanConfig read(String yaml) {
    return ConfigReader.read(".shipshape.yml", yaml);
  }

  private static void failsAt(String yaml, int line, String problem) {
    ThrowingCallable reading = () -> read(yaml);
    assertThatThrownBy(reading)
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(".shipshape.yml:" + line + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anEmptyFileOrOnlyCommentsIsTheDefaults() {
    for (String yaml : new String[] {"", "# nothing yet\n", "---\n"}) {
      ScanConfig config = read(yaml);
      assertThat(config.source()).isEqualTo(".shipshape.yml");
      assertThat(config.exemptions()).isEmpty();
      assertThat(config.rules()).isEmpty();
    }
  }

  @Test
  void exemptionsKeepTheirReasonAndTheLineOfTheirId() {
    ScanConfig config =
        read(
            """
            # comment
            exempt:
              ci-cd/tests-in-pipeline: "tests run downstream"
              operations/runbooks: >-
                 the platform team runs it
            """);
    assertThat(config.exemptions())
        .containsEntry("ci-cd/tests-in-pipeline", "tests run downstream")
        .containsEntry("operations/runbooks", "the platform team runs it");
    assertThat(config.checkReferences())
        .containsExactly(
            new ScanConfig.CheckReference("ci-cd/tests-in-pipeline", "exempt", 3),
            new ScanConfig.CheckReference("operations/runbooks", "exempt", 4));
  }

  @Test
  void anExemptionWithoutAReasonIsRejectedAtItsLine() {
    failsAt("exempt:\n  ci-cd/tests-in-pipeline:\n", 2, "needs a reason");
    failsAt("exempt:\n  a/b: ok\n  ci-cd/tests-in-pipeline: \"  \"\n", 3, "needs a reason");
    failsAt("exempt:\n\n  ci-cd/tests-in-pipeline: ~\n", 3, "needs a reason");
    failsAt("exempt:\n  ci-cd/tests-in-pipeline:\n    - x\n", 2, "needs a reason");
  }

  @Test
  void somethingThatIsNotACheckIdIsRejected() {
    failsAt("exempt:\n  tests-in-pipeline: \"no\"\n", 2, "'tests-in-pipeline' is not a check id");
    failsAt("weights:\n  CI-CD/Tests: 2\n", 2, "is not a check id");
  }

  @Test
  void ignoreIsAListOfGlobsThatClassifyFilesAsIgnored() {
    ScanConfig config = read("ignore:\n  - legacy/\n  - \"**/fixtures/**\"\n");
    assertThat(config.ignorePaths()).containsExactly("legacy/", "**/fixtures/**");
    assertThat(config.ignored().test("legacy/ci.yml")).isTrue();
    assertThat(config.ignored().test("a/b/fixtures/x.yml")).isTrue();
    assertThat(config.ignored().test("src/ci.yml")).isFalse();
    failsAt("exempt: {}\nignore: legacy/\n", 2, "ignore must be a list");
    failsAt("ignore:\n  - ok/\n  - {a: b}\n", 3, "ignore entry must be text");
  }

  @Test
  void workItemsAreRegularExpressionsThatMustCompile() {
    ScanConfig config = read("workItems: ['\\bTKT\\d+', 'story/\\d+']\n");
    assertThat(config.workItemPatterns())
        .map(Pattern::pattern)
        .containsExactly("\\bTKT\\d+", "story/\\d+");
    failsAt("workItems:\n  - ok\n  - \"TKT(\\\\d+\"\n", 3, "not a valid regular expression");
  }

  @Test
  void weightsAreOneToThree() {
    ScanConfig config = read("weights:\n  ci-cd/tests-in-pipeline: 1\n  a-b/c: 3\n");
    assertThat(config.weights())
        .containsEntry("ci-cd/tests-in-pipeline", 1)
        .containsEntry("a-b/c", 3);
    assertThat(config.checkReferences())
        .contains(new ScanConfig.CheckReference("a-b/c", "weights", 3));
    failsAt("weights:\n  ci-cd/tests-in-pipeline: 4\n", 2, "is 4; weights are 1, 2 or 3");
    failsAt("weights:\n  ci-cd/tests-in-pipeline: 0\n", 2, "weights are 1, 2 or 3");
    failsAt("weights:\n  ci-cd/tests-in-pipeline: high\n", 2, "must be 1, 2 or 3, not 'high'");
    failsAt("weights: [1, 2]\n", 1, "weights must be a map");
  }

  @Test
  void deployTagsAreKeptForTheDeliveryMetrics() {
    assertThat(read("deployTags: ['v*', 'release-*']\n").deployTags())
        .containsExactly("v*", "release-*");
    failsAt("deployTags: 3\n", 1, "deployTags must be a list");
  }

  @Test
  void anUnknownTopLevelKeyIsRejectedAtItsLine() {
    failsAt(
        "exempt: {}\n# a comment\nexemptions:\n  ci-cd/x: \"y\"\n",
        3,
        "unknown key 'exemptions' (known keys: exempt, ignore, workItems, weights, deployTags,"
            + " rules)");
  }

  @Test
  void yamlThatDoesNotParseIsRejectedWithItsLine() {
    failsAt("exempt:\n  a/b: \"x\"\n  c/d: [unclosed\n", 4, "not valid YAML");
    failsAt("- just\n- a list\n", 1, "expected keys");
  }

  @Test
  void aFileExistsRuleWithDefaults() {
    ScanConfig config =
        read(
            """
            rules:
              - id: operations/on-call-rota
                title: An on-call rota is written down
                remediation: Write docs/on-call.md.
                fileExists: "docs/on-call.md"
            """);
    RuleSpec rule = config.rules().get(0);
    assertThat(rule.id()).isEqualTo("operations/on-call-rota");
    assertThat(rule.practice()).isEqualTo(Practice.OPERATIONS);
    assertThat(rule.weight()).isEqualTo(2);
    assertThat(rule.appliesTo()).containsExactlyInAnyOrder(RepositoryKind.values());
    assertThat(rule.kind()).isEqualTo(RuleSpec.Kind.FILE_EXISTS);
    assertThat(rule.matchesPath("docs/on-call.md")).isTrue();
    assertThat(rule.matchesPath("other/docs/on-call.md")).isFalse();
    assertThat(rule.line()).isEqualTo(2);
  }

  @Test
  void aFileContainsRuleAndAPipelineRunsRule() {
    ScanConfig config =
        read(
            """
            rules:
              - id: security-compliance/sbom
                practice: security-compliance
                title: The pipeline produces an SBOM
                weight: 3
                appliesTo: [service, library]
                remediation: Run syft in the pipeline.
                pipelineRuns: "\\\\b(syft|cyclonedx)\\\\b"
              - id: monitoring-logging/json-logs
                title: Logs are JSON
                remediation: Use the JSON layout.
                fileContains:
                  path: "**/logback*.xml"
                  pattern: "JsonEncoder|LogstashEncoder"
            """);
    RuleSpec sbom = config.rules().get(0);
    assertThat(sbom.kind()).isEqualTo(RuleSpec.Kind.PIPELINE_RUNS);
    assertThat(sbom.weight()).isEqualTo(3);
    assertThat(sbom.appliesTo())
        .containsExactlyInAnyOrder(RepositoryKind.SERVICE, RepositoryKind.LIBRARY);
    assertThat(sbom.pattern().matcher("run: syft . -o json").find()).isTrue();
    RuleSpec logs = config.rules().get(1);
    assertThat(logs.kind()).isEqualTo(RuleSpec.Kind.FILE_CONTAINS);
    assertThat(logs.matchesPath("src/main/resources/logback-spring.xml")).isTrue();
    assertThat(logs.pattern().pattern()).isEqualTo("JsonEncoder|LogstashEncoder");
    assertThat(logs.line()).isEqualTo(9);
  }

  @Test
  void aBrokenRuleIsRejectedAtItsLine() {
    String head = "rules:\n  - id: operations/x\n    title: T\n    remediation: R\n";
    failsAt(head, 2, "rule operations/x needs one test: fileExists, fileContains, pipelineRuns");
    failsAt(
        head + "    fileExists: a\n    pipelineRuns: b\n",
        2,
        "has fileExists and pipelineRuns; give one test per rule");
    failsAt(head + "    fileExist: a\n", 5, "unknown key 'fileExist' in a rule");
    failsAt(head + "    pipelineRuns: \"(\"\n", 5, "not a valid regular expression");
    failsAt(head + "    weight: 7\n    fileExists: a\n", 5, "weights are 1, 2 or 3");
    failsAt(head + "    appliesTo: [services]\n    fileExists: a\n", 5, "unknown kind");
    failsAt(head + "    practice: ci-cd\n    fileExists: a\n", 5, "belongs to operations");
    failsAt(head + "    fileContains: {path: a}\n", 5, "fileContains needs a pattern");
    failsAt(head + "    fileContains:\n      path: a\n      regex: b\n", 7, "unknown key 'regex'");
    failsAt(
        "rules:\n  - id: operations/x\n    remediation: R\n    fileExists: a\n",
        2,
        "rule operations/x needs a title");
    failsAt(
        "rules:\n  - id: ops/x\n    title: T\n    remediation: R\n    fileExists: a\n",
        2,
        "unknown practice 'ops'");
    failsAt(
        head + "    fileExists: a\n" + head.substring("rules:\n".length()) + "    fileExists: b\n",
        6,
        "two rules have the id operations/x");
    failsAt("rules:\n  - just text\n", 2, "a rule is a map");
  }
}
