package dev.shipshape.checks.iac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.model.Evidence;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinedAsCodeCheckTest {
  @TempDir Path dir;

  private final DefinedAsCodeCheck check = new DefinedAsCodeCheck();

  private Outcome.Scored evaluate(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void terraformAndKubernetesManifestsPass() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {}")
          .file(
              "deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n")
          .file("Dockerfile", "FROM eclipse-temurin:21.0.2_13-jre\n")
          .commit("#1 infra");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.summary()).contains("kubernetes").contains("terraform");
      assertThat(outcome.evidence()).extracting(Evidence::path).contains("infra/main.tf");
    }
  }

  @Test
  void aCloudFormationTemplateIsRecognisedByItsContent() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "stack/template.yml",
              "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n")
          .commit("#1 stack");
      assertThat(evaluate(repo).summary()).contains("cloudformation");
    }
  }

  @Test
  void aLoneDockerfileIsPartial() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("Dockerfile", "FROM python:3.12-slim\n").commit("#1 image");
      Outcome.Scored outcome = evaluate(repo);
      assertThat(outcome.score()).isEqualTo(DefinedAsCodeCheck.CONTAINER_ONLY_SCORE);
      assertThat(outcome.remediation()).contains("Kubernetes");
    }
  }

  @Test
  void noInfrastructureDefinitionsFail() {
    try (TestRepository repo = TestRepository.create(dir)) {
      // a Procfile makes it a service: something runs it, on infrastructure defined nowhere
      repo.file("app.py", "print(1)").file("Procfile", "web: python app.py\n").commit("#1 app");
      assertThat(evaluate(repo).score()).isZero();
    }
  }

  @Test
  void manifestsUnderTestDataOrExamplesDoNotCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/k8s/app.yaml", "apiVersion: v1\nkind: Service\n")
          .file("examples/aws/main.tf", "resource \"x\" \"y\" {}")
          .file("app.py", "print(1)")
          .file("Procfile", "web: python app.py\n")
          .commit("#1 fixtures");
      assertThat(evaluate(repo).score()).isZero();
    }
  }
}
