package dev.shipshape.checks.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsCheckTest {
  @TempDir Path dir;

  private final SecretsCheck check = new SecretsCheck();

  /** Assembled at run time, so that this file holds no secret a scanner would flag. */
  private static final String AWS_KEY = "AKIA" + "Z7Q2M4N6P8R0T3V5";

  private static final String PEM =
      "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n";

  private static final String GITLEAKS_WORKFLOW =
      "on: [push]\njobs:\n  scan:\n    steps:\n      - uses: gitleaks/gitleaks-action@v2\n";

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void aCleanTreeWithAScannerInThePipelinePasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/workflows/secrets.yml", GITLEAKS_WORKFLOW)
          .file("src/app.py", "print('hello')\n")
          .commit("#1 clean");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::detail)
          .anyMatch(d -> d.startsWith("secret scanning:"));
    }
  }

  @Test
  void aScannerInPreCommitCounts() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".pre-commit-config.yaml",
              "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    hooks: [{id: gitleaks}]\n")
          .commit("#1 pre-commit");
      assertThat(scan(repo).score()).isEqualTo(10);
    }
  }

  @Test
  void aCleanTreeWithoutAScannerIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/app.py", "print('hello')\n").commit("#1 clean");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(7);
      assertThat(outcome.summary()).contains("no secret scanner");
    }
  }

  @Test
  void committedSecretsAreReportedByKindAndPlaceButNeverPrinted() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/workflows/secrets.yml", GITLEAKS_WORKFLOW)
          .file("config/prod.env", "REGION=eu-west-1\nAWS_ACCESS_KEY_ID=" + AWS_KEY + "\n")
          .file("deploy/key.pem", PEM)
          .commit("#1 oops");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10 - 3 - 3);
      assertThat(outcome.evidence())
          .contains(
              Evidence.line("config/prod.env", 2, "AWS access key"),
              Evidence.line("deploy/key.pem", 1, "private key"));
      assertThat(outcome.remediation()).contains("Revoke and rotate");
      // the outcome, evidence and remediation included, never holds the secret
      assertThat(outcome.toString()).doesNotContain(AWS_KEY).doesNotContain("MIIEowIBAAKCAQEA");
    }
  }

  @Test
  void secretsInTestCodeCountLessInTestDataNotAtAllAndVendoredOnesAreNotScanned() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(".github/workflows/secrets.yml", GITLEAKS_WORKFLOW)
          .file("testdata/server.key", PEM)
          .file("src/test/java/ClientTest.java", "// key " + AWS_KEY + "\n")
          .file("vendor/lib/key.pem", PEM)
          .file("node_modules/x/.env", "AWS=" + AWS_KEY + "\n")
          .commit("#1 test keys");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10 - 1);
      assertThat(outcome.evidence())
          .filteredOn(e -> e.line() != null && !e.detail().startsWith("secret scanning"))
          .extracting(Evidence::path, Evidence::detail)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "testdata/server.key", "private key (in test data or examples: not counted)"),
              org.assertj.core.groups.Tuple.tuple(
                  "src/test/java/ClientTest.java", "AWS access key (in tests)"));
    }
  }

  @Test
  void binariesAndFilesOverOneMebibyteAreSkippedAndCounted() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("logo.png", "not really a png " + AWS_KEY)
          .file("big/dump.sql", "x".repeat(1 << 20) + "\nAWS=" + AWS_KEY + "\n")
          .file("README.md", "# hi\n")
          .commit("#1 files");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(7);
      assertThat(outcome.evidence())
          .extracting(Evidence::detail)
          .contains("scanned 1 text files; skipped 2 (binary or over 1 MiB)");
    }
  }
}
