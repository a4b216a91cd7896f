package dev.shipshape.checks.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplyChainCheckTest {
  @TempDir Path dir;

  private final SupplyChainCheck check = new SupplyChainCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void sbomAndSigningInThePipelinePass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/release.yml",
              "on: push\njobs:\n  r:\n    steps:\n      - uses: anchore/sbom-action@v0\n      - run: cosign sign $IMAGE\n")
          .commit("#1");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void anSbomAloneScoresSix() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<plugin><artifactId>cyclonedx-maven-plugin</artifactId></plugin>\n")
          .commit("#1");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(6);
      assertThat(outcome.remediation()).contains("signing");
    }
  }

  @Test
  void neitherFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<project/>\n").commit("#1");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
