package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.facts.config.ConfigReader;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --config}, the committed {@code .shipshape.yml}, and {@code init}. */
class ConfigurationTest {
  @TempDir Path dir;

  private TestRepository service() {
    return TestRepository.create(dir.resolve("svc"))
        .file(
            ".github/workflows/ci.yml",
            "on: [push, pull_request]\njobs:\n  b:\n    steps:\n      - run: ./mvnw -B verify\n")
        .file("pom.xml", "<project><artifactId>svc</artifactId></project>\n")
        .file("src/main/java/App.java", "class App {}\n")
        .file("src/test/java/AppTest.java", "class AppTest {}\n");
  }

  private static JsonNode check(String json, String id) throws Exception {
    for (JsonNode practice : new ObjectMapper().readTree(json).get("practices")) {
      for (JsonNode check : practice.get("checks")) {
        if (check.get("id").asText().equals(id)) {
          return check;
        }
      }
    }
    throw new AssertionError("no check " + id);
  }

  @Test
  void configOptionReadsALocalFileInsteadOfTheRepositorys() throws Exception {
    try (TestRepository repo =
        service()
            .file(".shipshape.yml", "exempt:\n  ci-cd/tests-in-pipeline: \"ours\"\n")
            .commit("x")) {
      Path file = dir.resolve("team.yml");
      Files.writeString(file, "exempt:\n  ci-cd/pipeline-as-code: \"the platform builds us\"\n");
      CliRun run =
          CliRun.of("scan", repo.dir().toString(), "-f", "json", "--config", file.toString());
      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode exempt = check(run.out(), "ci-cd/pipeline-as-code");
      assertThat(exempt.get("status").asText()).isEqualTo("exempt");
      assertThat(exempt.get("reason").asText()).isEqualTo("the platform builds us");
      assertThat(check(run.out(), "ci-cd/tests-in-pipeline").get("status").asText())
          .isEqualTo("pass");
    }
  }

  @Test
  void theExemptionReasonIsInTheTextReportToo() {
    try (TestRepository repo =
        service()
            .file(".shipshape.yml", "exempt:\n  ci-cd/tests-in-pipeline: \"tested downstream\"\n")
            .commit("x")) {
      CliRun run = CliRun.of("scan", repo.dir().toString(), "--verbose");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).contains("tested downstream");
    }
  }

  @Test
  void aMissingConfigFileIsOneLineAndExitTwo() {
    try (TestRepository repo = service().commit("x")) {
      Path missing = dir.resolve("nope.yml");
      CliRun run = CliRun.of("scan", repo.dir().toString(), "--config", missing.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo("shipshape: cannot read config " + missing + ": no such file\n");
    }
  }

  @Test
  void aBrokenCommittedConfigIsOneLineWithFileAndLineAndExitTwo() {
    try (TestRepository repo =
        service()
            .file(".shipshape.yml", "ignore: [docs/]\nexempt:\n  ci-cd/tests-in-pipeline:\n")
            .commit("x")) {
      CliRun run = CliRun.of("scan", repo.dir().toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("shipshape: .shipshape.yml:3: the exemption of ci-cd/tests-in-pipeline")
          .hasLineCount(1);
    }
  }

  @Test
  void aBrokenGivenConfigNamesThatFile() throws Exception {
    try (TestRepository repo = service().commit("x")) {
      Path file = dir.resolve("team.yml");
      Files.writeString(file, "weights:\n  ci-cd/no-such-check: 2\n");
      CliRun run = CliRun.of("scan", repo.dir().toString(), "--config", file.toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "shipshape: "
                  + file
                  + ":2: unknown check 'ci-cd/no-such-check' under weights"
                  + " (`shipshape checks` lists them)\n");
    }
  }

  @Test
  void initWritesAStarterThatParsesAsWrittenAndWithEveryExampleUncommented() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("project"));
    CliRun run = CliRun.of("init", folder.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    Path written = folder.resolve(".shipshape.yml");
    assertThat(run.out()).contains("Wrote " + written);
    String starter = Files.readString(written);
    ScanConfig asWritten = ConfigReader.read(".shipshape.yml", starter);
    assertThat(asWritten.exemptions()).isEmpty();
    assertThat(asWritten.rules()).isEmpty();

    // column-0 comments explain; indented comments are examples of the key above them
    String uncommented =
        starter
            .lines()
            .map(l -> l.matches(" +# .*") ? l.replaceFirst("# ", "") : l)
            .collect(Collectors.joining("\n"));
    ScanConfig examples = ConfigReader.read(".shipshape.yml", uncommented);
    assertThat(examples.exemptions()).isNotEmpty();
    assertThat(examples.ignorePaths()).isNotEmpty();
    assertThat(examples.workItemPatterns()).isNotEmpty();
    assertThat(examples.weights()).isNotEmpty();
    assertThat(examples.deployTags()).isNotEmpty();
    assertThat(examples.rules()).hasSize(3);

    // and the examples name real checks: a scan with them runs the custom rules
    Path file = dir.resolve("uncommented.yml");
    Files.writeString(file, uncommented);
    try (TestRepository repo = service().commit("x")) {
      CliRun scan =
          CliRun.of("scan", repo.dir().toString(), "-f", "json", "--config", file.toString());
      assertThat(scan.exit()).as(scan.err()).isZero();
      assertThat(check(scan.out(), "security-compliance/sbom").get("status").asText())
          .isEqualTo("fail");
    }
  }

  @Test
  void initRefusesToOverwriteWithoutForce() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("project"));
    Path existing = Files.writeString(folder.resolve(".shipshape.yml"), "exempt: {}\n");
    CliRun run = CliRun.of("init", folder.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("shipshape: " + existing + " already exists; use --force to overwrite it\n");
    assertThat(Files.readString(existing)).isEqualTo("exempt: {}\n");

    CliRun forced = CliRun.of("init", folder.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(Files.readString(existing)).isEqualTo(InitCommand.starter());
  }

  @Test
  void initIntoAMissingFolderIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("init", dir.resolve("nowhere").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).hasLineCount(1).contains("no such folder");
  }
}
