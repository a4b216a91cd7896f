package dev.shipshape.model;

import java.util.List;

/** The fixed inventory vocabulary of CATALOGUE.md; the JSON report uses exactly these words. */
public enum InventoryCategory {
  CI(
      "ci",
      "github-actions gitlab-ci jenkins azure-pipelines circleci bitbucket-pipelines travis-ci"
          + " buildkite drone woodpecker tekton google-cloud-build aws-codebuild teamcity"
          + " concourse appveyor cirrus-ci semaphore"),
  DEPLOY(
      "deploy",
      "kubectl helm kustomize argocd flux terraform cloudformation aws-cdk aws-sam"
          + " serverless-framework ecs google-cloud-run app-engine azure-webapp cloud-foundry"
          + " heroku fly-io netlify vercel github-pages ansible skaffold container-registry"
          + " package-registry"),
  IAC(
      "iac",
      "terraform opentofu terragrunt cloudformation aws-sam aws-cdk arm bicep pulumi ansible chef"
          + " puppet saltstack helm kubernetes kustomize dockerfile docker-compose"
          + " serverless-framework packer vagrant skaffold crossplane nomad"),
  TESTS(
      "tests",
      "unit integration e2e bdd accessibility performance sast dast dependency-scan"
          + " container-scan iac-scan secret-scan fuzz mutation coverage contract property"),
  OBSERVABILITY(
      "observability",
      "structured-logging metrics tracing error-tracking health-checks alerting dashboards slo"
          + " deployment-events"),
  SECURITY("security", "security-policy threat-model dependency-updates sbom signing license"),
  COLLABORATION(
      "collaboration",
      "readme contributing code-of-conduct codeowners pr-template issue-template adr"
          + " architecture-docs changelog"),
  OPERATIONS(
      "operations",
      "runbooks postmortems feature-flags db-migrations progressive-delivery on-call");

  private final String id;
  private final List<String> words;

  InventoryCategory(String id, String words) {
    this.id = id;
    this.words = List.of(words.split(" "));
  }

  public String id() {
    return id;
  }

  /** The words of this category, in the catalogue's order. */
  public List<String> words() {
    return words;
  }

  public boolean allows(String word) {
    return words.contains(word);
  }

  public static InventoryCategory fromId(String id) {
    for (InventoryCategory c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown inventory category '" + id + "'");
  }
}
