package dev.shipshape.checks.iac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentParityCheckTest {
  @TempDir Path dir;

  private final EnvironmentParityCheck check = new EnvironmentParityCheck();

  @Test
  void tfvarsPerEnvironmentPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "resource \"x\" \"y\" {}")
          .file("env/staging.tfvars", "size = 1")
          .file("env/prod.tfvars", "size = 3")
          .commit("#1 envs");
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.summary()).contains("staging").contains("production");
    }
  }

  @Test
  void kustomizeOverlaysAndHelmValuesCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("k8s/base/kustomization.yaml", "resources: []")
          .file("k8s/overlays/dev/kustomization.yaml", "resources: [../../base]")
          .file("chart/Chart.yaml", "name: app")
          .file("chart/values-production.yaml", "replicas: 3")
          .commit("#1 envs");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(10);
    }
  }

  @Test
  void oneEnvironmentIsPartialAndNoneFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("chart/Chart.yaml", "name: app").file("chart/values.yaml", "x: 1").commit("#1");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isZero();
      repo.file("chart/values-prod.yaml", "x: 2").commit("#2");
      assertThat(((Outcome.Scored) check.evaluate(repo.facts())).score()).isEqualTo(5);
    }
  }

  @Test
  void containerFilesAloneAreNotApplicable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("Dockerfile", "FROM scratch").file("examples/prod.tfvars", "x = 1").commit("#1");
      assertThat(check.evaluate(repo.facts())).isInstanceOf(Outcome.NotApplicable.class);
    }
  }
}
