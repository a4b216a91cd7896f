package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCheckTest {
  @TempDir Path dir;

  private final CoverageCheck check = new CoverageCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void jacocoWithAMinimumPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "pom.xml",
              "<project><build><plugins><plugin><artifactId>jacoco-maven-plugin</artifactId>\n"
                  + "<executions><execution><goals><goal>check</goal></goals></execution></executions>\n"
                  + "<configuration><rules><rule><limits><limit><minimum>0.80</minimum></limit></limits></rule></rules></configuration>\n"
                  + "</plugin></plugins></build></project>\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).path()).isEqualTo("pom.xml");
    }
  }

  @Test
  void pytestFailUnderInThePipelinePasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".gitlab-ci.yml", "t:\n  script: [pytest --cov=app --cov-fail-under=85]\n")
          .commit("#1");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void measuredWithoutAMinimumIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("package.json", "{\"devDependencies\": {\"c8\": \"9\"}}").commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(CoverageCheck.MEASURED);
      assertThat(outcome.remediation()).contains("minimum");
    }
  }

  @Test
  void aMinimumOfAnotherPluginDoesNotCountAndNoToolFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<project><minimum>3.6</minimum></project>").commit("#1");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
