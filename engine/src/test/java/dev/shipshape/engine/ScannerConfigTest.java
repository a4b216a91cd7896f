package dev.shipshape.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.facts.config.ConfigException;
import dev.shipshape.facts.config.ConfigReader;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.Status;
import dev.shipshape.model.Tool;
import dev.shipshape.repository.SnapshotRequest;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan reads the configuration committed in the scanned revision, or the one it is given. */
class ScannerConfigTest {
  private static final String WORKFLOW =
      "on: [push, pull_request]\njobs:\n  build:\n    steps:\n      - run: ./mvnw -B verify\n";

  @TempDir Path dir;

  private TestRepository service() {
    return TestRepository.create(dir.resolve("svc"))
        .file(".github/workflows/ci.yml", WORKFLOW)
        .file("pom.xml", "<project><artifactId>svc</artifactId></project>\n")
        .file("src/main/java/App.java", "class App {}\n")
        .file("src/test/java/AppTest.java", "class AppTest {}\n");
  }

  private static Report scan(TestRepository repo) {
    return scan(repo, null);
  }

  private static Report scan(TestRepository repo, ScanConfig config) {
    return new Scanner(CheckRegistry.load(), new Tool("shipshape", "test"))
        .scan(new ScanRequest(SnapshotRequest.of(repo.dir().toString()), config, null));
  }

  private static CheckResult check(Report report, String id) {
    return report.practices().stream()
        .flatMap(p -> p.checks().stream())
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + id + " in the report"));
  }

  @Test
  void anExemptCheckIsExemptWithItsReason() {
    try (TestRepository repo =
        service()
            .file(
                ".shipshape.yml",
                "exempt:\n  ci-cd/tests-in-pipeline: \"tests run in the integration repo\"\n")
            .commit("ABC-1: exempt")) {
      CheckResult result = check(scan(repo), "ci-cd/tests-in-pipeline");
      assertThat(result.status()).isEqualTo(Status.EXEMPT);
      assertThat(result.reason()).isEqualTo("tests run in the integration repo");
    }
  }

  @Test
  void aPipelineUnderAnIgnoredPathNoLongerCounts() {
    try (TestRepository repo = service().commit("ABC-1: ci")) {
      assertThat(check(scan(repo), "ci-cd/tests-in-pipeline").score()).isEqualTo(10);
      repo.file(".shipshape.yml", "ignore:\n  - .github/workflows/ci.yml\n").commit("ABC-2: x");
      Report report = scan(repo);
      assertThat(check(report, "ci-cd/tests-in-pipeline").score()).isZero();
      assertThat(report.inventory().get(dev.shipshape.model.InventoryCategory.CI)).isEmpty();
    }
  }

  @Test
  void weightsOverrideTheDefault() {
    try (TestRepository repo =
        service()
            .file(".shipshape.yml", "weights:\n  ci-cd/tests-in-pipeline: 1\n")
            .commit("ABC-1: weights")) {
      assertThat(check(scan(repo), "ci-cd/tests-in-pipeline").weight()).isEqualTo(1);
    }
  }

  @Test
  void aConfigNamingAnUnknownCheckFailsWithFileAndLine() {
    try (TestRepository repo =
        service()
            .file(
                ".shipshape.yml",
                "# ours\nexempt:\n  ci-cd/tests-in-pipeline: \"downstream\"\n"
                    + "  ci-cd/test-in-pipeline: \"typo\"\n")
            .commit("ABC-1: typo")) {
      assertThatThrownBy(() -> scan(repo))
          .isInstanceOf(ConfigException.class)
          .hasMessage(
              ".shipshape.yml:4: unknown check 'ci-cd/test-in-pipeline' under exempt; did you"
                  + " mean ci-cd/tests-in-pipeline? (`shipshape checks` lists them)");
    }
  }

  @Test
  void aBrokenCommittedConfigFailsWithFileAndLine() {
    try (TestRepository repo =
        service()
            .file(".shipshape.yml", "exempt:\n  ci-cd/tests-in-pipeline:\n")
            .commit("ABC-1: no reason")) {
      assertThatThrownBy(() -> scan(repo))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(".shipshape.yml:2: the exemption of ci-cd/tests-in-pipeline");
    }
  }

  @Test
  void onlyTheCommittedConfigIsRead() throws Exception {
    try (TestRepository repo = service().commit("ABC-1: ci")) {
      Files.writeString(repo.dir().resolve(".shipshape.yml"), "not: [valid\n");
      assertThat(check(scan(repo), "ci-cd/tests-in-pipeline").status()).isEqualTo(Status.PASS);
    }
  }

  @Test
  void aGivenConfigWinsOverTheRepositorys() {
    try (TestRepository repo =
        service().file(".shipshape.yml", "bad: key\n").commit("ABC-1: broken config")) {
      ScanConfig given =
          ConfigReader.read(
              "team.yml", "exempt:\n  ci-cd/pipeline-as-code: \"the platform builds us\"\n");
      Report report = scan(repo, given);
      assertThat(check(report, "ci-cd/pipeline-as-code").status()).isEqualTo(Status.EXEMPT);
    }
  }

  @Test
  void aCustomRuleIsACheckOfItsPractice() {
    try (TestRepository repo =
        service()
            .file(
                ".shipshape.yml",
                """
                rules:
                  - id: operations/on-call-rota
                    title: An on-call rota is written down
                    weight: 3
                    remediation: Write docs/on-call.md with who is on call.
                    fileExists: docs/on-call.md
                exempt:
                  operations/on-call-rota: "not yet"
                """)
            .commit("ABC-1: rule")) {
      Report report = scan(repo);
      assertThat(check(report, "operations/on-call-rota").status()).isEqualTo(Status.EXEMPT);
    }
    try (TestRepository repo =
        TestRepository.create(dir.resolve("other"))
            .file("pom.xml", "<project><artifactId>svc</artifactId></project>\n")
            .file("src/main/java/App.java", "class App {}\n")
            .file(
                ".shipshape.yml",
                "rules:\n  - id: operations/on-call-rota\n    title: A rota\n"
                    + "    remediation: Write docs/on-call.md.\n    fileExists: docs/on-call.md\n")
            .commit("ABC-1: rule")) {
      CheckResult rota = check(scan(repo), "operations/on-call-rota");
      assertThat(rota.status()).isEqualTo(Status.FAIL);
      assertThat(rota.remediation()).isEqualTo("Write docs/on-call.md.");
    }
  }

  @Test
  void aCustomRuleMayNotTakeABuiltInId() {
    try (TestRepository repo =
        service()
            .file(
                ".shipshape.yml",
                "\nrules:\n  - id: ci-cd/tests-in-pipeline\n    title: T\n    remediation: R\n"
                    + "    pipelineRuns: make\n")
            .commit("ABC-1: clash")) {
      assertThatThrownBy(() -> scan(repo))
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith(".shipshape.yml:3: the rule ci-cd/tests-in-pipeline has the id");
    }
  }
}
