package dev.shipshape.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.RepositoryKind;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
