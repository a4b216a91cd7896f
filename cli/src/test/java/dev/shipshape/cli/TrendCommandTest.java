package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendCommandTest {
  @TempDir Path dir;

  /** Four months: no pipeline in January and February, a pipeline that tests from March on. */
  private TestRepository repo() {
    Instant jan = Instant.parse("2026-01-10T10:00:00Z");
    TestRepository repo = TestRepository.create(dir.resolve("r"));
    repo.file("src/main/java/A.java", "class A {}\n")
        .file("pom.xml", "<project/>\n")
        .commit("ABC-1 start", jan)
        .file("src/main/java/A.java", "class A { int a; }\n")
        .commit("ABC-2 feb", jan.plus(Duration.ofDays(31)))
        .file(
            ".github/workflows/ci.yml",
            "on: [push, pull_request]\njobs:\n  b:\n    steps:\n      - run: mvn -B verify\n")
        .commit("ABC-3 ci", jan.plus(Duration.ofDays(60)))
        .file("src/main/java/A.java", "class A { int b; }\n")
        .commit("ABC-4 apr", jan.plus(Duration.ofDays(90)));
    return repo;
  }

  @Test
  void monthlyPointsAtTheLastCommitOfEachMonth() throws Exception {
    try (TestRepository repo = repo()) {
      CliRun run =
          CliRun.of(
              "trend",
              repo.dir().toString(),
              "--every",
              "month",
              "--since",
              "2026-01-01",
              "-f",
              "json");
      assertThat(run.exit()).as(run.err()).isZero();
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.get("schema").asText()).isEqualTo("shipshape/trend@1");
      JsonNode points = json.get("points");
      assertThat(points).hasSize(4);
      assertThat(points.get(0).get("start").asText()).isEqualTo("2026-01-01T00:00:00Z");
      JsonNode cicd = json.at("/series/ci-cd");
      // the pipeline lands in the third month: ci-cd rises then and holds (its exact value
      // depends on how many ci-cd checks there are)
      assertThat(cicd.get(0).asInt()).isZero();
      assertThat(cicd.get(1).asInt()).isZero();
      assertThat(cicd.get(2).asInt()).isPositive();
      assertThat(cicd.get(3).asInt()).isEqualTo(cicd.get(2).asInt());
    }
  }

  @Test
  void textShowsArrowsAndHtmlIsSelfContained() {
    try (TestRepository repo = repo()) {
      CliRun text = CliRun.of("trend", repo.dir().toString(), "--since", "2026-01-01");
      assertThat(text.exit()).as(text.err()).isZero();
      assertThat(text.out()).contains("ci-cd").contains("↑");
      CliRun html =
          CliRun.of("trend", repo.dir().toString(), "--since", "2026-01-01", "-f", "html");
      assertThat(html.out())
          .contains("<svg")
          .contains("Content-Security-Policy")
          .doesNotContain("http://", "<script");
    }
  }

  @Test
  void badPeriodIsAUsageError() {
    assertThat(CliRun.of("trend", ".", "--every", "fortnight").exit()).isEqualTo(2);
  }
}
