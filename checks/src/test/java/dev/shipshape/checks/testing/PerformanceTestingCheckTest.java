package dev.shipshape.checks.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceTestingCheckTest {
  @TempDir Path dir;

  private final PerformanceTestingCheck check = new PerformanceTestingCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void k6RunInThePipelinePasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("load/checkout.k6.js", "export default function () {}")
          .file(
              ".github/workflows/load.yml",
              "on: push\njobs:\n  l:\n    steps:\n      - run: k6 run load/checkout.k6.js\n")
          .commit("#1");
      assertThat(evaluate(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void goBenchmarksNotRunArePartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("go.mod", "module x")
          .file("parse.go", "package x")
          .file("parse_test.go", "package x\n\nfunc BenchmarkParse(b *testing.B) {}\n")
          .commit("#1");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(PerformanceTestingCheck.PRESENT);
      assertThat(outcome.evidence().get(0).location()).isEqualTo("parse_test.go:3");
    }
  }

  @Test
  void noPerformanceTestsFail() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("parse_test.go", "package x\nfunc TestParse(t *testing.T) {}\n")
          .file("testdata/plan.jmx", "<jmeterTestPlan/>")
          .commit("#1");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
