package dev.shipshape.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.facts.Facts;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kinds the checks' applicability hangs on, for layouts that were misread. */
class RepositoryKindTest {
  @TempDir Path dir;

  private static final String DJANGO_PACKAGE =
      "[project]\nname = \"django-audit\"\ndependencies = [\"Django>=4.2\"]\n";
  private static final String PUBLISH =
      "on:\n  push:\n    tags: [\"v*\"]\njobs:\n  p:\n    steps:\n      - uses: pypa/gh-action-pypi-publish@release/v1\n";

  @Test
  void aDjangoAppPublishedToPypiIsALibrary() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pyproject.toml", DJANGO_PACKAGE)
          .file("src/django_audit/models.py", "x = 1\n")
          .file(".github/workflows/release.yml", PUBLISH)
          .commit("#1");
      assertThat(repo.facts().kind()).isEqualTo(RepositoryKind.LIBRARY);
    }
  }

  @Test
  void aDjangoProjectWithAnImageIsAService() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("pyproject.toml", DJANGO_PACKAGE)
          .file("shop/settings.py", "x = 1\n")
          .file("Dockerfile", "FROM python:3.12\n")
          .file(".github/workflows/release.yml", PUBLISH)
          .commit("#1");
      assertThat(repo.facts().kind()).isEqualTo(RepositoryKind.SERVICE);
    }
  }

  @Test
  void manifestsWithoutApplicationCodeAreInfrastructure() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("apps/web/kustomization.yaml", "resources: [deployment.yaml]\n")
          .file("apps/web/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
          .commit("#1");
      assertThat(repo.facts().kind()).isEqualTo(RepositoryKind.INFRASTRUCTURE);
    }
  }

  @Test
  void manifestsBesideTheCodeTheyDeployAreAService() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
          .file("main.go", "package main\n")
          .commit("#1");
      assertThat(repo.facts().kind()).isEqualTo(RepositoryKind.SERVICE);
    }
  }

  /** A module as published to a registry: inputs and outputs at the root, examples beside it. */
  private static TestRepository terraformModule(TestRepository repo) {
    return repo.file("main.tf", "resource \"aws_s3_bucket\" \"this\" {\n  bucket = var.name\n}\n")
        .file("variables.tf", "variable \"name\" {\n  type = string\n}\n")
        .file("outputs.tf", "output \"arn\" {\n  value = aws_s3_bucket.this.arn\n}\n")
        .file(
            "versions.tf",
            "terraform {\n  required_providers {\n    aws = {\n      source = \"hashicorp/aws\"\n"
                + "    }\n  }\n}\n")
        // an example configures its provider and state: it is the caller, not the module
        .file(
            "examples/complete/main.tf",
            "provider \"aws\" {\n  region = \"eu-west-1\"\n}\nmodule \"b\" {\n  source = \"../../\"\n}\n")
        .file("examples/complete/terraform.tfvars", "name = \"demo\"\n")
        .file("modules/policy/main.tf", "variable \"bucket\" {}\n");
  }

  @Test
  void aReusableTerraformModuleIsALibrary() {
    try (TestRepository repo = TestRepository.create(dir)) {
      terraformModule(repo)
          .file(
              ".github/workflows/ci.yml",
              "on: [push]\njobs:\n  v:\n    steps:\n      - run: terraform init -backend=false\n"
                  + "      - run: terraform validate\n")
          .commit("#1");
      assertThat(repo.facts().kind()).isEqualTo(RepositoryKind.LIBRARY);
      assertThat(repo.facts().kindReason()).contains("reusable Terraform module");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a backend | backend.tf | terraform {\\n  backend \"s3\" {}\\n}\\n",
        "an HCP Terraform workspace | cloud.tf | terraform {\\n  cloud {\\n  }\\n}\\n",
        "values per environment | prod.tfvars | name = \"prod\"\\n",
        "an environment folder | environments/prod/main.tf | module \"b\" {\\n  source = \"../..\"\\n}\\n",
        "a Terragrunt live repository | live/prod/terragrunt.hcl | terraform {}\\n",
        "a provider configured | providers.tf | provider \"aws\" {\\n  region = \"eu-west-1\"\\n}\\n",
        "workspaces per environment | locals.tf | locals {\\n  env = terraform.workspace\\n}\\n",
        "an Atlantis project | atlantis.yaml | version: 3\\n",
        "a pipeline that applies it | .github/workflows/deploy.yml | on: [push]\\njobs:\\n  d:\\n    steps:\\n      - run: terraform apply -auto-approve\\n"
      })
  void terraformThatIsAppliedSomewhereIsInfrastructure(String what, String path, String text) {
    try (TestRepository repo = TestRepository.create(dir)) {
      terraformModule(repo).file(path, text.replace("\\n", "\n")).commit("#1");
      assertThat(repo.facts().kind()).as(what).isEqualTo(RepositoryKind.INFRASTRUCTURE);
    }
  }

  @Test
  void terraformWithoutInputsAtTheRootIsInfrastructure() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n")
          .file("modules/policy/main.tf", "variable \"bucket\" {}\n")
          .commit("#1");
      assertThat(repo.facts().kind()).isEqualTo(RepositoryKind.INFRASTRUCTURE);
    }
  }

  /**
   * Each built-in check that does not apply, and why: by kind, as the engine says, or by itself.
   */
  private static Map<String, String> notApplicable(Facts facts) {
    Map<String, String> reasons = new TreeMap<>();
    for (Check check : BuiltInChecks.all()) {
      CheckMeta meta = CheckDefinition.of(check).meta();
      if (!meta.appliesTo().contains(facts.kind())) {
        reasons.put(meta.id(), "kind: " + facts.kindReason());
      } else if (check.evaluate(facts) instanceof Outcome.NotApplicable na) {
        reasons.put(meta.id(), na.reason());
      }
    }
    return reasons;
  }

  @Test
  void aModuleIsJudgedAsInfrastructureCodeNotAsSomethingDeployedOrRun() {
    try (TestRepository repo = TestRepository.create(dir)) {
      terraformModule(repo).file("tests/defaults.tftest.hcl", "run \"plan\" {}\n").commit("#1");
      Map<String, String> reasons = notApplicable(repo.facts());
      assertThat(reasons)
          .hasEntrySatisfying(
              "ci-cd/environment-promotion",
              r -> assertThat(r).contains("reusable Terraform module"))
          .hasEntrySatisfying(
              "continuous-learning/post-incident-reviews",
              r -> assertThat(r).contains("reusable Terraform module"))
          .containsKeys(
              "infrastructure-as-code/environment-parity",
              "automated-testing/performance-testing",
              "automated-testing/coverage",
              "automated-testing/executable-specifications",
              "security-compliance/supply-chain",
              "monitoring-logging/health-checks",
              "operations/runbooks")
          .doesNotContainKeys(
              "infrastructure-as-code/defined-as-code",
              "infrastructure-as-code/validated-in-pipeline",
              "infrastructure-as-code/state-hygiene",
              "automated-testing/unit-tests",
              "automated-testing/security-testing",
              "ci-cd/automated-deployment");
    }
  }

  @Test
  void aLibraryOfApplicationCodeIsNotAskedForInfrastructure() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("go.mod", "module example.com/lib\n")
          .file("lib.go", "package lib\n")
          // the infrastructure its integration tests run on, not the library's own
          .file("infra/main.tf", "resource \"aws_instance\" \"runner\" {}\n")
          .commit("#1");
      Facts facts = repo.facts();
      assertThat(facts.kind()).isEqualTo(RepositoryKind.LIBRARY);
      assertThat(notApplicable(facts))
          .containsKeys(
              "infrastructure-as-code/defined-as-code",
              "infrastructure-as-code/validated-in-pipeline",
              "infrastructure-as-code/state-hygiene",
              "infrastructure-as-code/environment-parity")
          .doesNotContainKeys(
              "automated-testing/performance-testing",
              "automated-testing/coverage",
              "automated-testing/executable-specifications",
              "security-compliance/supply-chain");
    }
  }
}
