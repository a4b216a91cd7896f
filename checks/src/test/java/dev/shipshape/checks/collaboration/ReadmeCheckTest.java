package dev.shipshape.checks.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeCheckTest {
  @TempDir Path dir;

  private final ReadmeCheck check = new ReadmeCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void aMarkdownReadmeWithEverySectionPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "README.md",
              """
              # payments-api

              [![build](https://ci/badge.svg)](https://ci)

              Payments API takes card payments for the shop and settles them nightly.

              ## Getting started
              ```sh
              # this comment is not a heading
              docker compose up
              ```

              ## Running the tests
              Run `./mvnw verify`.

              ## Contributing
              See CONTRIBUTING.md.
              """)
          .commit("#1 readme");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence()).extracting(Evidence::line).containsExactly(5, 7, 13, 16);
    }
  }

  @Test
  void sectionsAreFoundByContentInReStructuredText() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "README.rst",
              """
              mytool
              ======

              mytool turns the logs of a service into a weekly report for its team.

              Install it with ``pip install mytool``.
              """)
          .commit("#1 readme");
      Outcome.Scored outcome = scan(repo);
      // 2 of 4 sections
      assertThat(outcome.score()).isEqualTo(5);
      assertThat(outcome.summary()).contains("how to test", "how to contribute or deploy");
      assertThat(outcome.remediation()).contains("README.rst").contains("how to test");
    }
  }

  @Test
  void anAsciiDocReadmeWithHeadingsCounts() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "README.adoc", "= Tool\n\n== Overview\nshort\n\n== Testing\nx\n\n== Deployment\ny\n")
          .commit("#1 readme");
      assertThat(scan(repo).score()).isEqualTo(8);
    }
  }

  @Test
  void noReadmeFailsAndOneInExamplesDoesNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("examples/README.md", "# Example\n## Install\n## Test\n## Deploy\n")
          .file("src/main.py", "print(1)\n")
          .commit("#1 no readme");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isZero();
      assertThat(outcome.evidence()).isEmpty();
    }
  }
}
