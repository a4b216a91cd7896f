package dev.shipshape.checks.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleBuildsCheckTest {
  @TempDir Path dir;

  private final ReproducibleBuildsCheck check = new ReproducibleBuildsCheck();

  @Test
  void everyEcosystemPinnedPasses() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pom.xml", "<project/>")
          .file("mvnw", "#!/bin/sh")
          .file("web/package.json", "{}")
          .file("web/package-lock.json", "{}")
          .file("tools/go.mod", "module t")
          .file("tools/go.sum", "")
          .commit("#1 pinned");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void shareOfEcosystemsCoveredWithTheMissingOnesNamed() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("build.gradle", "plugins {}")
          .file("requirements.txt", "flask>=2\nrequests\n")
          .file("Cargo.toml", "[package]")
          .file("Cargo.lock", "")
          .commit("#1 partly");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(3);
      assertThat(outcome.remediation()).contains("gradle").contains("python");
    }
  }

  @Test
  void requirementsPinnedWithEqualsCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "requirements.txt",
              "# pinned\nflask==3.0.2 \\\n    --hash=sha256:abc\nrequests==2.31.0\n")
          .commit("#1 pinned");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void noManifestIsNotApplicableAndExamplesDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("examples/demo/package.json", "{}").file("README.md", "x").commit("#1 docs");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
