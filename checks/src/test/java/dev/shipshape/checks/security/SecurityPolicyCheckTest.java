package dev.shipshape.checks.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityPolicyCheckTest {
  @TempDir Path dir;

  private final SecurityPolicyCheck check = new SecurityPolicyCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SECURITY.md | Mail security@example.org with details. | e-mail address",
        ".github/SECURITY.md | Use https://example.org/report to tell us. | link",
        "docs/SECURITY.rst | Please use GitHub private vulnerability reporting. | GitHub private",
        "SECURITY.adoc | Open a draft security advisory on this repository. | GitHub private",
        "SECURITY.txt | Contact: mailto:sec@example.com | e-mail address",
      })
  void aPolicyWithAReportingChannelPasses(String path, String text, String kind) {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(path, "# Security policy\n\n" + text + "\n").commit("#1 policy");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).hasSize(1);
      assertThat(outcome.evidence().get(0).path()).isEqualTo(path);
      assertThat(outcome.evidence().get(0).line()).isEqualTo(3);
      assertThat(outcome.evidence().get(0).detail()).contains(kind);
    }
  }

  @Test
  void aPolicyWithoutAChannelIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("SECURITY.md", "# Security\n\nWe take security seriously.\n").commit("#1 policy");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.remediation()).contains("where to report");
    }
  }

  @Test
  void aPolicyInFixturesOrElsewhereIsNotThePolicy() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("fixtures/SECURITY.md", "mail security@example.org\n")
          .file("src/test/resources/repo/SECURITY.md", "mail security@example.org\n")
          .file("lib/SECURITY.md", "mail security@example.org\n")
          .commit("#1 fixtures");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
