package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.render.ReportSchema;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  @TempDir Path dir;

  private TestRepository serviceRepo() {
    return TestRepository.create(dir.resolve("svc"))
        .file(
            ".github/workflows/ci.yml",
            "on: [push, pull_request]\njobs:\n  b:\n    steps:\n      - run: ./mvnw -B verify\n")
        .file("pom.xml", "<project><artifactId>svc</artifactId></project>\n")
        .file("src/main/java/App.java", "class App {}\n")
        .file("src/test/java/AppTest.java", "class AppTest {}\n")
        .file("README.md", "# svc\n")
        .commit("SVC-1: first")
        .file("src/main/java/App.java", "class App { int x; }\n")
        .commit("SVC-2: second");
  }

  @Test
  void jsonReportFollowsTheContractAndValidatesAgainstTheSchema() throws Exception {
    try (TestRepository repo = serviceRepo()) {
      CliRun run = CliRun.of("scan", repo.dir().toString(), "--format", "json");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(ReportSchema.validate(run.out())).isEmpty();
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.get("schema").asText()).isEqualTo("shipshape/report@1");
      assertThat(json.at("/repository/revision").asText()).isEqualTo(repo.head());
      assertThat(json.at("/repository/branch").asText()).isEqualTo("main");
      assertThat(json.get("practices")).hasSize(10);
      assertThat(json.at("/inventory/ci/0").asText()).isEqualTo("github-actions");
    }
  }

  @Test
  void theSameRevisionGivesByteIdenticalJson() {
    try (TestRepository repo = serviceRepo()) {
      String first = CliRun.of("scan", repo.dir().toString(), "--format", "json").out();
      String second = CliRun.of("scan", repo.dir().toString(), "--format", "json").out();
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void aScanFromTheCommitCacheGivesByteIdenticalJsonToOneWithout() throws Exception {
    Path cache = dir.resolve("cache");
    try (TestRepository repo =
        serviceRepo()
            .branch("topic")
            .file("src/main/java/Topic.java", "class Topic {}\n")
            .file("config/prod.env", "aws_key=" + "AKIA" + "QWERTYUIOPASDFGH" + "\n")
            .commit("SVC-3: topic")
            .checkout("main")
            .merge("topic", "Merge branch 'topic'")
            .tag("v1.0.0")) {
      String location = repo.dir().toString();
      String uncached = CliRun.of("scan", location, "-f", "json", "--no-cache").out();
      String first = withCache(cache, () -> CliRun.of("scan", location, "-f", "json").out());
      assertThat(cache.resolve("shipshape")).isDirectoryContaining("glob:**/commits-*.bin");
      assertThat(cache.resolve("shipshape")).isDirectoryContaining("glob:**/notes-secrets-*.bin");
      assertThat(first).contains("config/prod.env");
      String second = withCache(cache, () -> CliRun.of("scan", location, "-f", "json").out());
      assertThat(first).isEqualTo(uncached);
      assertThat(second).isEqualTo(first);
    }
  }

  /** Runs with the user's cache folder at {@code cache}/shipshape (the tests' default is not). */
  private static String withCache(Path cache, java.util.function.Supplier<String> scan) {
    String before = System.getProperty("shipshape.cache");
    System.setProperty("shipshape.cache", cache.resolve("shipshape").toString());
    try {
      return scan.get();
    } finally {
      if (before == null) {
        System.clearProperty("shipshape.cache");
      } else {
        System.setProperty("shipshape.cache", before);
      }
    }
  }

  @Test
  void outputWritesTheReportToAFile() throws Exception {
    try (TestRepository repo = serviceRepo()) {
      Path file = dir.resolve("report.json");
      CliRun run =
          CliRun.of("scan", repo.dir().toString(), "-f", "json", "--output", file.toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(ReportSchema.validate(Files.readString(file))).isEmpty();
    }
  }

  @Test
  void onlyCommittedContentIsAssessedFromAnySubfolder() throws Exception {
    try (TestRepository repo = serviceRepo()) {
      Files.writeString(repo.dir().resolve(".gitlab-ci.yml"), "t:\n  script: [make test]\n");
      CliRun run = CliRun.of("scan", repo.dir().resolve("src/main").toString(), "-f", "json");
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.at("/inventory/ci").toString()).isEqualTo("[\"github-actions\"]");
    }
  }

  @Test
  void textReportHasNoColourWhenPipedOrWithNoColor() {
    try (TestRepository repo = serviceRepo()) {
      CliRun piped = CliRun.of("scan", repo.dir().toString());
      assertThat(piped.exit()).isZero();
      assertThat(piped.out()).contains("Practices").doesNotContain("\u001b[");
      CliRun noColor =
          CliRun.with(
              Map.of("SHIPSHAPE_STDOUT_TTY", "1", "NO_COLOR", "1"), "scan", repo.dir().toString());
      assertThat(noColor.out()).doesNotContain("\u001b[");
      CliRun tty = CliRun.with(Map.of("SHIPSHAPE_STDOUT_TTY", "1"), "scan", repo.dir().toString());
      assertThat(tty.out()).contains("\u001b[");
    }
  }

  @Test
  void aPathThatDoesNotExistIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("scan", dir.resolve("nope").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("shipshape: path does not exist:")
        .doesNotContain("\n");
  }

  @Test
  void anUnknownRevisionIsOneLineAndExitTwo() {
    try (TestRepository repo = serviceRepo()) {
      CliRun run = CliRun.of("scan", repo.dir().toString(), "--rev", "v9.9.9");
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err().strip()).contains("unknown revision 'v9.9.9'").doesNotContain("\n");
    }
  }

  @Test
  void anEmptyRepositoryIsOneLineAndExitTwo() {
    try (TestRepository repo = TestRepository.create(dir.resolve("empty"))) {
      CliRun run = CliRun.of("scan", repo.dir().toString());
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err().strip()).contains("no commits").doesNotContain("\n");
    }
  }

  @Test
  void anUnreachableUrlIsOneLineAndExitTwo() {
    CliRun run = CliRun.of("scan", "file://" + dir.resolve("missing.git"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("shipshape: cannot clone").doesNotContain("\n");
  }

  @Test
  void aUrlIsClonedAndScanned() {
    try (TestRepository repo = serviceRepo()) {
      CliRun run = CliRun.of("scan", "file://" + repo.dir(), "-f", "json");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(ReportSchema.validate(run.out())).isEmpty();
      assertThat(run.out()).contains(repo.head());
    }
  }

  @Test
  void aPlainFolderIsScannedWithHistoryUnknown() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(folder.resolve("README.md"), "# plain\n");
    CliRun run = CliRun.of("scan", folder.toString(), "-f", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(ReportSchema.validate(run.out())).isEmpty();
    assertThat(run.out()).contains("not a git repository");
  }

  @Test
  void badUsageIsExitTwoWithAHint() {
    CliRun run = CliRun.of("scan", "--frobnicate");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option").contains("--help");
    assertThat(CliRun.of("scan", ".", "--format", "yaml").exit()).isEqualTo(2);
    assertThat(CliRun.of("scan", ".", "--since", "yesterday").err())
        .contains("--since 'yesterday'");
  }

  @Test
  void debugAddsAStackTrace() {
    CliRun run = CliRun.of("scan", dir.resolve("nope").toString(), "--debug");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("at dev.shipshape");
  }
}
