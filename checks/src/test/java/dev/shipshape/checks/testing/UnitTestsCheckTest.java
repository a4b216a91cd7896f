package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitTestsCheckTest {
  @TempDir Path dir;

  private final UnitTestsCheck check = new UnitTestsCheck();

  private Outcome evaluate(TestRepository repo) {
    return check.evaluate(repo.facts());
  }

  @Test
  void mavenProjectWithATestPerClassPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<project/>")
          .file("src/main/java/a/Orders.java", "class Orders {}")
          .file("src/main/java/a/Payments.java", "class Payments {}")
          .file("src/test/java/a/OrdersTest.java", "class OrdersTest {}")
          .commit("#1 code");
      Outcome.Scored outcome = (Outcome.Scored) evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::path)
          .contains("src/test/java/a/OrdersTest.java");
      assertThat(outcome.evidence().get(0).detail()).contains("1 test files for 2 production");
    }
  }

  @Test
  void fewTestsScoreLinearlyBelowTheFullMarksRatio() {
    try (TestRepository repo = TestRepository.create(dir)) {
      for (int i = 0; i < 10; i++) {
        repo.file("app/mod" + i + ".py", "x = " + i);
      }
      repo.file("tests/test_mod0.py", "def test(): pass").commit("#1 code");
      // 1 / 10 = 0.1 → floor(10 × 0.1 / 0.3) = 3
      assertThat(((Outcome.Scored) evaluate(repo)).score()).isEqualTo(3);
    }
  }

  @Test
  void codeWithoutTestsFailsAndNamesTheUntestedLanguage() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("go.mod", "module x")
          .file("main.go", "package main")
          .file("cmd/run.go", "package cmd")
          .commit("#1 code");
      Outcome.Scored outcome = (Outcome.Scored) evaluate(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.summary()).contains("No test code");
    }
  }

  @Test
  void aLanguageWithoutTestsIsNamedInTheRemediation() {
    try (TestRepository repo = TestRepository.create(dir)) {
      for (int i = 0; i < 4; i++) {
        repo.file("svc/m" + i + ".go", "package svc");
        repo.file("web/c" + i + ".ts", "export {}");
      }
      repo.file("svc/m0_test.go", "package svc").commit("#1 code");
      Outcome.Scored outcome = (Outcome.Scored) evaluate(repo);
      assertThat(outcome.score()).isLessThan(10);
      assertThat(outcome.remediation()).contains("javascript/typescript");
    }
  }

  @Test
  void testsInsideTestDataOrExamplesDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("lib/parse.go", "package lib")
          .file("testdata/project/parse_test.go", "package project")
          .file("examples/demo/demo_test.go", "package demo")
          .commit("#1 code");
      assertThat(((Outcome.Scored) evaluate(repo)).score()).isZero();
    }
  }

  @Test
  void helperScriptsDoNotDiluteTheRatio() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/index.ts", "export {}")
          .file("src/index.spec.ts", "it('works')")
          .file("scripts/release.sh", "echo")
          .file("scripts/bump.sh", "echo")
          .file("scripts/setup.sh", "echo")
          .commit("#1 code");
      assertThat(((Outcome.Scored) evaluate(repo)).score()).isEqualTo(10);
    }
  }

  @Test
  void terraformModuleWithTerraformTestsPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "resource \"x\" \"y\" {}")
          .file("variables.tf", "variable \"v\" {}")
          .file("tests/defaults.tftest.hcl", "run \"plan\" {}")
          .commit("#1 module");
      assertThat(((Outcome.Scored) evaluate(repo)).score()).isEqualTo(10);
    }
  }

  @Test
  void noProductionCodeIsNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("README.md", "# notes").commit("#1 docs");
      assertThat(evaluate(repo)).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
