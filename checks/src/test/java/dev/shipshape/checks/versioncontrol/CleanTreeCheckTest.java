package dev.shipshape.checks.versioncontrol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanTreeCheckTest {
  @TempDir Path dir;

  private final CleanTreeCheck check = new CleanTreeCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void sourcesAndWrapperJarsOnlyPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<project/>")
          .file("src/main/java/A.java", "class A {}")
          .file(".mvn/wrapper/maven-wrapper.jar", "jar")
          .file("gradle/wrapper/gradle-wrapper.jar", "jar")
          .commit("#1 sources");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void eachOffenderCostsTwoPointsWithEvidence() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<project/>")
          .file("target/classes/A.class", "x")
          .file("target/app.jar", "x")
          .file("web/node_modules/left-pad/index.js", "x")
          .file("lib/helper.jar", "x")
          .file("tools/run.exe", "x")
          .commit("#1 oops");
      Outcome.Scored outcome = evaluate(repo);
      // target/, web/node_modules/, lib/helper.jar, tools/run.exe
      assertThat(outcome.score()).isEqualTo(2);
      assertThat(outcome.evidence())
          .extracting(Evidence::path)
          .contains("target/", "web/node_modules/", "lib/helper.jar", "tools/run.exe");
    }
  }

  @Test
  void outputFolderNamesCountOnlyBesideTheirBuildFile() {
    try (TestRepository repo = TestRepository.create(dir)) {
      // a build/ folder of scripts in a Node project, dist/ of a JavaScript action
      repo.file("package.json", "{}")
          .file("build/release.js", "x")
          .file("action.yml", "runs:\n  using: node20\n")
          .file("dist/index.js", "x")
          .commit("#1 action");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void binariesInTestDataAreTestInputsNotOffenders() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/test/resources/sample.jar", "x")
          .file("testdata/lib.so", "x")
          .commit("#1 fixtures");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void filesOverFiveMegabytesAreOffenders() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("data/dump.csv", "x".repeat(5_100_000)).commit("#1 data");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(8);
      assertThat(outcome.evidence().get(0).detail()).contains("5 MB");
    }
  }
}
