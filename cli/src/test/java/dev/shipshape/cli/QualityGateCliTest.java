package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.ReportSchema;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityGateCliTest {
  @TempDir Path dir;

  /** A repository with no pipeline: ci-cd checks fail, backlog linkage passes. */
  private TestRepository repo() {
    return TestRepository.create(dir.resolve("r"))
        .file("src/main/java/A.java", "class A {}\n")
        .file("pom.xml", "<project/>\n")
        .commit("ABC-1 start");
  }

  @Test
  void failUnderFailsTheGateButStillWritesTheReport() throws Exception {
    try (TestRepository repo = repo()) {
      Path report = dir.resolve("report.json");
      CliRun run =
          CliRun.of(
              "scan",
              repo.dir().toString(),
              "-f",
              "json",
              "--output",
              report.toString(),
              "--fail-under",
              "90");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err()).contains("quality gate failed: --fail-under 90: the score is");
      assertThat(ReportSchema.validate(Files.readString(report))).isEmpty();
    }
  }

  @Test
  void failOnACheckAndAPracticeLevel() {
    try (TestRepository repo = repo()) {
      CliRun run =
          CliRun.of(
              "scan",
              repo.dir().toString(),
              "--fail-on",
              "ci-cd/pipeline-as-code",
              "--fail-on",
              "ci-cd<2");
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err().lines().filter(l -> l.contains("quality gate failed"))).hasSize(2);
      CliRun passing =
          CliRun.of(
              "scan",
              repo.dir().toString(),
              "--fail-on",
              "version-control/backlog-linkage",
              "--fail-under",
              "0");
      assertThat(passing.exit()).as(passing.err()).isZero();
    }
  }

  @Test
  void badGateRulesAreUsageErrors() {
    assertThat(CliRun.of("scan", ".", "--fail-on", "ci-cd/nope").exit()).isEqualTo(2);
    assertThat(CliRun.of("scan", ".", "--fail-on", "nonsense").exit()).isEqualTo(2);
    assertThat(CliRun.of("scan", ".", "--fail-under", "140").exit()).isEqualTo(2);
  }

  @Test
  void severalOutputsFromOneScan() throws Exception {
    try (TestRepository repo = repo()) {
      Path json = dir.resolve("a.json");
      Path text = dir.resolve("a.txt");
      CliRun run =
          CliRun.of("scan", repo.dir().toString(), "-o", "json=" + json, "-o", "text=" + text);
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out()).contains("Practices");
      assertThat(ReportSchema.validate(Files.readString(json))).isEmpty();
      assertThat(Files.readString(text)).contains("Practices").doesNotContain("\u001b[");
      assertThat(CliRun.of("scan", ".", "-o", "json").exit()).isEqualTo(2);
    }
  }
}
