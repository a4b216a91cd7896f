package dev.shipshape.facts.inventory;

import static dev.shipshape.facts.inventory.InventoryRule.command;
import static dev.shipshape.facts.inventory.InventoryRule.content;
import static dev.shipshape.facts.inventory.InventoryRule.path;
import static dev.shipshape.model.InventoryCategory.COLLABORATION;
import static dev.shipshape.model.InventoryCategory.DEPLOY;
import static dev.shipshape.model.InventoryCategory.IAC;
import static dev.shipshape.model.InventoryCategory.OBSERVABILITY;
import static dev.shipshape.model.InventoryCategory.OPERATIONS;
import static dev.shipshape.model.InventoryCategory.SECURITY;
import static dev.shipshape.model.InventoryCategory.TESTS;

import java.util.List;

/**
 * How each inventory word is recognised: the places its tool really reads and the commands that run
 * it. One line per way; CI systems come from {@link dev.shipshape.facts.pipeline.CiSystems}. Paths
 * are regular expressions over the whole path; ANY means "at the root or in any folder".
 */
public final class InventoryRules {
  private static final String ANY = "(.*/)?";
  private static final String YAML = "[^/]*\\.ya?ml";
  private static final String BUILD =
      ANY
          + "(pom\\.xml|build\\.gradle(\\.kts)?|package\\.json|pyproject\\.toml|requirements[^/]*\\.txt|setup\\.py|setup\\.cfg|Pipfile|go\\.mod|Gemfile|Cargo\\.toml|composer\\.json|[^/]*\\.csproj|build\\.sbt|mix\\.exs)";

  /** Dockerfile, app.Dockerfile, Dockerfile.prod — not Dockerfile.java or Dockerfile.md. */
  private static final String DOCKERFILE =
      ANY
          + "([^/]*\\.)?(Dockerfile|Containerfile)(\\.(?!(java|kt|go|py|js|ts|rs|rb|cs|md|txt|json|ya?ml|sh|dockerignore)$)[^/.]+)?";

  public static final List<InventoryRule> ALL =
      List.of(
          // --- infrastructure as code ---
          path(IAC, "terraform", ANY + "[^/]*\\.tf"),
          path(IAC, "opentofu", ANY + "[^/]*\\.tofu"),
          path(IAC, "terragrunt", ANY + "terragrunt\\.hcl"),
          content(
              IAC,
              "cloudformation",
              ANY + "[^/]*\\.(ya?ml|json|template)",
              "AWSTemplateFormatVersion|\"?Type\"?\\s*:\\s*\"?AWS::[A-Za-z0-9]+::"),
          content(
              IAC,
              "aws-sam",
              ANY + "[^/]*\\.(ya?ml|json)",
              "Transform\"?\\s*:\\s*\"?AWS::Serverless"),
          path(IAC, "aws-cdk", ANY + "cdk\\.json"),
          content(
              IAC,
              "arm",
              ANY + "[^/]*\\.json",
              "\"\\$schema\"\\s*:\\s*\"https?://schema\\.management\\.azure\\.com/schemas/[^\"]*deploymentTemplate"),
          path(IAC, "bicep", ANY + "[^/]*\\.bicep"),
          path(IAC, "pulumi", ANY + "Pulumi(\\.[^/]+)?\\.ya?ml"),
          content(
              IAC,
              "ansible",
              ANY + "(playbooks?/)?" + YAML,
              "^\\s*-?\\s*hosts\\s*:.*\\n(.*\\n)*?\\s*(tasks|roles)\\s*:"),
          path(IAC, "ansible", ANY + "ansible\\.cfg"),
          path(IAC, "chef", ANY + "(metadata\\.rb|Berksfile|Policyfile\\.rb)"),
          path(IAC, "puppet", ANY + "([^/]*\\.pp|Puppetfile)"),
          path(IAC, "saltstack", ANY + "[^/]*\\.sls"),
          path(IAC, "helm", ANY + "Chart\\.yaml"),
          content(
              IAC,
              "kubernetes",
              ANY + YAML,
              "^apiVersion\\s*:\\s*\\S+[\\s\\S]*?^kind\\s*:\\s*\\S+|^kind\\s*:\\s*\\S+[\\s\\S]*?^apiVersion\\s*:\\s*\\S+"),
          path(IAC, "kustomize", ANY + "kustomization\\.ya?ml"),
          path(IAC, "dockerfile", DOCKERFILE),
          path(IAC, "docker-compose", ANY + "(docker-)?compose(\\.[^/]+)?\\.ya?ml"),
          path(IAC, "serverless-framework", ANY + "serverless\\.(ya?ml|ts|js|json)"),
          path(IAC, "packer", ANY + "[^/]*\\.pkr\\.(hcl|json)"),
          path(IAC, "vagrant", ANY + "Vagrantfile"),
          path(IAC, "skaffold", ANY + "skaffold\\.ya?ml"),
          content(IAC, "crossplane", ANY + YAML, "^apiVersion\\s*:\\s*(\\S+\\.)?crossplane\\.io/"),
          path(IAC, "nomad", ANY + "[^/]*\\.nomad(\\.hcl)?"),

          // --- deploy steps ---
          command(DEPLOY, "kubectl", "\\bkubectl\\s+(apply|rollout|set\\s+image|create|replace)"),
          command(
              DEPLOY, "helm", "\\bhelm\\s+(upgrade|install)|helm/helm-release|deliverybot/helm"),
          command(DEPLOY, "kustomize", "\\bkustomize\\s+build|kubectl\\s+apply\\s+-k"),
          content(
              DEPLOY,
              "argocd",
              ANY + YAML,
              "^apiVersion\\s*:\\s*argoproj\\.io/v1alpha1\\s*\\n(.*\\n)*?kind\\s*:\\s*(Application|ApplicationSet)"),
          command(DEPLOY, "argocd", "\\bargocd\\s+app\\s+(sync|set|create)"),
          content(
              DEPLOY,
              "flux",
              ANY + YAML,
              "^apiVersion\\s*:\\s*(kustomize|helm|source)\\.toolkit\\.fluxcd\\.io/"),
          command(DEPLOY, "terraform", "\\b(terraform|tofu)\\s+apply"),
          command(
              DEPLOY,
              "cloudformation",
              "aws\\s+cloudformation\\s+(deploy|create-stack|update-stack)|aws-cloudformation-github-deploy"),
          command(DEPLOY, "aws-cdk", "\\bcdk\\s+deploy"),
          command(DEPLOY, "aws-sam", "\\bsam\\s+deploy"),
          command(DEPLOY, "serverless-framework", "\\b(serverless|sls)\\s+deploy"),
          command(
              DEPLOY,
              "ecs",
              "aws\\s+ecs\\s+update-service|amazon-ecs-deploy-task-definition|\\becs-deploy\\b"),
          command(DEPLOY, "google-cloud-run", "gcloud\\s+run\\s+deploy|deploy-cloudrun"),
          command(DEPLOY, "app-engine", "gcloud\\s+app\\s+deploy|deploy-appengine"),
          command(
              DEPLOY,
              "azure-webapp",
              "azure/webapps-deploy|az\\s+webapp\\s+(deploy|up)|AzureWebApp@|AzureRmWebAppDeployment@"),
          command(DEPLOY, "cloud-foundry", "\\bcf\\s+(push|deploy)"),
          command(
              DEPLOY,
              "heroku",
              "akhileshns/heroku-deploy|git\\s+push\\s+heroku|heroku\\s+container:release"),
          command(DEPLOY, "fly-io", "\\bflyctl\\s+deploy|\\bfly\\s+deploy|superfly/flyctl-actions"),
          command(DEPLOY, "netlify", "netlify\\s+deploy|nwtgck/actions-netlify"),
          command(DEPLOY, "vercel", "\\bvercel\\s+(deploy|--prod)|amondnet/vercel-action"),
          command(
              DEPLOY,
              "github-pages",
              "actions/deploy-pages|peaceiris/actions-gh-pages|JamesIves/github-pages-deploy-action|mkdocs\\s+gh-deploy"),
          command(DEPLOY, "ansible", "\\bansible-playbook\\b"),
          command(DEPLOY, "skaffold", "\\bskaffold\\s+(run|deploy)"),
          command(
              DEPLOY,
              "container-registry",
              "docker/build-push-action|\\bdocker\\s+push\\b|\\bpodman\\s+push\\b|\\bjib\\b|buildah\\s+push|\\bko\\s+(build|publish)|crane\\s+push"),
          command(
              DEPLOY,
              "package-registry",
              "\\bmvn\\b.*\\bdeploy\\b|gradle.*\\bpublish|\\bnpm\\s+publish|\\byarn\\s+(npm\\s+)?publish|\\bpnpm\\s+publish|\\btwine\\s+upload|\\bpoetry\\s+publish|\\bcargo\\s+publish|\\bgem\\s+push|dotnet\\s+nuget\\s+push|pypa/gh-action-pypi-publish|goreleaser"),

          // --- tests ---
          command(
              TESTS,
              "e2e",
              "\\b(cypress|playwright)\\b|cypress-io/github-action|\\bwdio\\b|testcafe"),
          path(
              TESTS,
              "e2e",
              ANY
                  + "(cypress\\.config\\.[jt]s|cypress\\.json|playwright\\.config\\.[jt]s|wdio\\.conf\\.[jt]s|\\.testcaferc\\.json)"),
          path(TESTS, "bdd", ANY + "[^/]*\\.feature"),
          content(TESTS, "performance", ANY + "[^/]*\\.jmx", "jmeterTestPlan"),
          path(
              TESTS, "performance", ANY + "(locustfile\\.py|artillery\\.ya?ml|[^/]*\\.k6\\.[jt]s)"),
          command(
              TESTS,
              "performance",
              "\\bk6\\s+run|\\blocust\\b|\\bartillery\\s+run|\\bjmeter\\b|gatling|grafana/k6-action"),
          command(
              TESTS,
              "sast",
              "github/codeql-action|\\bsemgrep\\b|sonar-scanner|sonarqube|sonarcloud|SonarSource/|\\bbandit\\b|\\bgosec\\b|\\bbrakeman\\b|snyk\\s+code|spotbugs|findsecbugs"),
          path(
              TESTS,
              "sast",
              ANY
                  + "(\\.semgrep\\.ya?ml|\\.semgrep/[^/]+|sonar-project\\.properties|\\.bandit|\\.github/codeql/[^/]+)"),
          command(
              TESTS,
              "dast",
              "zaproxy|owasp-zap|\\bzap-(baseline|full-scan|api-scan)|\\bnuclei\\b|stackhawk"),
          command(
              TESTS,
              "dependency-scan",
              "dependency-check|\\bnpm\\s+audit|\\byarn\\s+audit|\\bpip-audit\\b|\\bgovulncheck\\b|\\bsnyk\\s+test|dependency-review-action|osv-scanner|\\bcargo\\s+audit|bundle[- ]audit|\\bsafety\\s+check|\\bgrype\\b"),
          command(
              TESTS,
              "container-scan",
              "\\btrivy\\s+image|aquasecurity/trivy-action|\\bgrype\\b|anchore/scan-action|snyk\\s+container|docker\\s+scout"),
          command(
              TESTS,
              "iac-scan",
              "\\bcheckov\\b|\\btfsec\\b|\\btrivy\\s+config|\\bterrascan\\b|\\bkics\\b|\\btflint\\b|kube-linter|cfn-lint|\\bhadolint\\b"),
          command(TESTS, "secret-scan", "\\bgitleaks\\b|trufflehog|detect-secrets|git-secrets"),
          path(
              TESTS,
              "secret-scan",
              ANY + "(\\.gitleaks\\.toml|\\.secrets\\.baseline|\\.trufflehog[^/]*)"),
          path(
              TESTS,
              "secret-scan",
              "(\\.github/secret_scanning\\.ya?ml|\\.gitguardian\\.ya?ml|\\.gitleaksignore)"),
          content(
              TESTS,
              "secret-scan",
              "\\.pre-commit-config\\.ya?ml",
              "gitleaks|trufflehog|detect-secrets|git-secrets|ggshield|secretlint"),
          command(TESTS, "secret-scan", "\\bggshield\\b|gitguardian/ggshield|\\bsecretlint\\b"),
          path(
              TESTS,
              "fuzz",
              ANY + "([^/]*_fuzz(er)?\\.(c|cc|cpp|go|py|rs)|fuzz/[^/]+|[^/]*Fuzz(er|Test)\\.java)"),
          command(TESTS, "mutation", "pitest|\\bstryker\\b|mutmut|go-mutesting"),
          path(TESTS, "mutation", ANY + "(stryker\\.conf\\.[jc]?s|stryker\\.config\\.[^/]+)"),
          command(
              TESTS,
              "coverage",
              "jacoco|\\bcoverage\\s+(run|report|xml)|--cov\\b|\\bnyc\\b|\\bc8\\b|-coverprofile|cargo\\s+(tarpaulin|llvm-cov)|codecov|coveralls|--coverage"),
          content(
              TESTS,
              "coverage",
              BUILD,
              "jacoco|pytest-cov|\"nyc\"|\"c8\"|coverageThreshold|kover|scoverage"),
          path(
              TESTS,
              "coverage",
              ANY + "(\\.coveragerc|codecov\\.ya?ml|\\.codecov\\.ya?ml|\\.nycrc(\\.json)?)"),
          content(TESTS, "contract", BUILD, "pact|spring-cloud-contract"),
          path(TESTS, "contract", ANY + "pacts?/[^/]+\\.json"),
          content(
              TESTS,
              "property",
              BUILD,
              "jqwik|hypothesis|fast-check|proptest|quickcheck|junit-quickcheck"),
          content(
              TESTS,
              "accessibility",
              BUILD,
              "axe-core|jest-axe|cypress-axe|@axe-core/|pa11y|@lhci/cli|lighthouse-ci"),
          command(TESTS, "accessibility", "\\bpa11y\\b|\\blhci\\b|axe\\b"),
          path(
              TESTS,
              "accessibility",
              ANY + "(\\.pa11yci(\\.json)?|lighthouserc\\.(js|json|ya?ml))"),
          // tests: the tools' dependencies and the commands that run them (tree checks, #3)
          content(
              TESTS,
              "e2e",
              BUILD,
              "\"cypress\"|@playwright/test|\"puppeteer\"|selenium|webdriverio|@wdio/|\"testcafe\"|com\\.intuit\\.karate|selenide|nightwatch|codeceptjs|capybara"),
          command(
              TESTS,
              "e2e",
              "\\b(npm|yarn|pnpm)\\s+(run\\s+)?(test:)?e2e\\b|\\bselenium\\b|\\bkarate\\b|nightwatch|codeceptjs|\\bpuppeteer\\b"),
          content(
              TESTS,
              "bdd",
              BUILD,
              "cucumber|\\bbehave\\b|pytest-bdd|godog|behat|SpecFlow|Reqnroll|concordion|jbehave|getgauge|serenity-cucumber|turnip"),
          path(TESTS, "bdd", ANY + "specs?/[^/]+\\.spec"),
          content(
              TESTS,
              "performance",
              BUILD,
              "\\bjmh\\b|jmh-core|gatling|pytest-benchmark|criterion|BenchmarkDotNet|tinybench|benchmark\\.js|\"k6\"|\\blocust\\b|\"artillery\"|\\bjmeter\\b"),
          content(TESTS, "performance", ANY + "[^/]*_test\\.go", "^func Benchmark[A-Z_]"),
          command(
              TESTS,
              "performance",
              "\\bgo\\s+test[^\\n]*-bench|\\bcargo\\s+(bench|criterion)|--benchmark|benchmark-action/|\\bjmh\\b|gradlew?\\s[^\\n]*\\bjmh|\\bhyperfine\\b"),
          command(
              TESTS,
              "sast",
              "\\bsonar:sonar\\b|\\bgradlew?\\b[^\\n]*\\bsonar\\b|\\bnjsscan\\b|\\bhorusec\\b|\\bflawfinder\\b|\\bcheckmarx\\b|veracode|fortify|\\bbearer\\s+scan|bearer/bearer-action|\\bphpstan\\b|\\bpsalm\\b[^\\n]*--taint"),
          content(
              TESTS,
              "sast",
              BUILD,
              "findsecbugs|eslint-plugin-security|\\bbandit\\b|\\bgosec\\b|\\bbrakeman\\b|\\bsemgrep\\b|sonar-maven-plugin|org\\.sonarqube"),
          path(
              TESTS,
              "dast",
              ANY
                  + "(\\.zap/[^/]+|zap[-_][^/]*\\.(conf|ya?ml|context|tsv)|stackhawk[^/]*\\.ya?ml|nuclei[-_][^/]*\\.ya?ml)"),

          // --- observability ---
          content(
              OBSERVABILITY,
              "structured-logging",
              ANY
                  + "(logback[^/]*\\.xml|log4j2[^/]*\\.(xml|json|ya?ml)|pom\\.xml|build\\.gradle(\\.kts)?|package\\.json|requirements[^/]*\\.txt|pyproject\\.toml|go\\.mod|[^/]*\\.csproj|Gemfile)",
              "logstash-logback-encoder|LogstashEncoder|JsonLayout|JsonTemplateLayout|ecs-logging|structlog|python-json-logger|\"pino\"|\"winston\"|go\\.uber\\.org/zap|rs/zerolog|log/slog|Serilog|lograge|logfmt"),
          content(
              OBSERVABILITY,
              "metrics",
              BUILD,
              "micrometer|prometheus|simpleclient|prom-client|statsd|dropwizard.metrics|opentelemetry"),
          content(
              OBSERVABILITY,
              "tracing",
              BUILD,
              "opentelemetry|jaeger|zipkin|dd-trace|ddtrace|elastic-apm|newrelic"),
          content(
              OBSERVABILITY,
              "error-tracking",
              BUILD,
              "sentry|rollbar|bugsnag|honeybadger|airbrake"),
          content(
              OBSERVABILITY,
              "health-checks",
              ANY + "([^/]*\\.(java|kt|go|py|js|ts|rb|cs)|application[^/]*\\.(ya?ml|properties))",
              // the build-file rule below finds the actuator; naming "HealthCheck" is not one
              "\\(\\s*(?:(?:path|value)\\s*=\\s*)?[\"'](?:/[\\w.-]+)*/(healthz?|readyz|livez|health/(live|ready)[a-z]*)/?[\"']|management\\.endpoints?\\.health|\\.(MapHealthChecks|AddHealthChecks)\\s*\\(|:\\s*IHealthCheck\\b|(implements|extends)\\s+(Abstract)?HealthIndicator\\b|import\\s[^\\n]*grpc\\.health\\.v1|grpc_health_v1\\.\\w+\\("),
          content(
              OBSERVABILITY,
              "health-checks",
              BUILD,
              "spring-boot-starter-actuator|terminus|health-check"),
          content(OBSERVABILITY, "health-checks", DOCKERFILE, "^\\s*HEALTHCHECK\\s"),
          content(
              OBSERVABILITY,
              "health-checks",
              ANY + YAML,
              "^\\s*(livenessProbe|readinessProbe|startupProbe)\\s*:"),
          content(
              OBSERVABILITY,
              "health-checks",
              ANY + "(docker-)?compose(\\.[^/]+)?\\.ya?ml",
              "^\\s+healthcheck\\s*:"),
          content(
              OBSERVABILITY,
              "alerting",
              ANY + YAML,
              "^\\s*groups\\s*:[\\s\\S]*^\\s*-?\\s*alert\\s*:|^kind\\s*:\\s*PrometheusRule"),
          path(
              OBSERVABILITY,
              "alerting",
              ANY + "(alert[^/]*\\.ya?ml|alertmanager\\.ya?ml|[^/]*\\.rules\\.ya?ml)"),
          content(
              OBSERVABILITY,
              "dashboards",
              ANY + "[^/]*\\.json",
              "\"panels\"\\s*:\\s*\\[[\\s\\S]*\"schemaVersion\""),
          path(
              OBSERVABILITY,
              "dashboards",
              ANY + "dashboards?/[^/]+\\.(json|ya?ml|libsonnet|jsonnet)"),
          content(
              OBSERVABILITY,
              "slo",
              ANY + YAML,
              "^apiVersion\\s*:\\s*(openslo/|sloth\\.slok\\.dev/)|^kind\\s*:\\s*(SLO|PrometheusServiceLevel)"),
          command(
              OBSERVABILITY,
              "deployment-events",
              "sentry-cli\\s+releases|getsentry/action-release|grafana.*annotations|datadog.*event|honeymarker|cdevents|chrnorm/deployment-action|bobheadxi/deployments"),
          content(
              OBSERVABILITY,
              "alerting",
              ANY + "[^/]*\\.tf",
              "resource\\s+\"(datadog_monitor|newrelic_alert_policy|newrelic_nrql_alert_condition|grafana_rule_group|aws_cloudwatch_metric_alarm|google_monitoring_alert_policy|azurerm_monitor_metric_alert|azurerm_monitor_scheduled_query_rules_alert[^\"]*|signalfx_detector|sumologic_monitor)\""),
          content(
              OBSERVABILITY,
              "dashboards",
              ANY + "[^/]*\\.tf",
              "resource\\s+\"(grafana_dashboard|datadog_dashboard[^\"]*|aws_cloudwatch_dashboard|google_monitoring_dashboard|newrelic_one_dashboard[^\"]*|azurerm_portal_dashboard)\""),
          content(
              OBSERVABILITY,
              "slo",
              ANY + "[^/]*\\.tf",
              "resource\\s+\"(datadog_service_level_objective|google_monitoring_slo|newrelic_service_level|grafana_slo)\""),
          // a job with an environment makes GitHub and GitLab record each deployment
          content(
              OBSERVABILITY,
              "deployment-events",
              "(\\.github/workflows/[^/]+\\.ya?ml|\\.gitlab-ci\\.ya?ml)",
              "^\\s+environment\\s*:"),

          // --- security ---
          path(
              SECURITY,
              "security-policy",
              "(?i)(\\.github/|docs/)?SECURITY(\\.md|\\.rst|\\.adoc|\\.txt)?"),
          path(SECURITY, "threat-model", ANY + "([^/]*threat[-_ ]?model[^/]*|[^/]*\\.tm7)"),
          // OWASP Threat Dragon models
          content(
              SECURITY,
              "threat-model",
              ANY + "[^/]*\\.json",
              "\"diagrams\"\\s*:[\\s\\S]*\"threats\"\\s*:"),
          content(
              SECURITY, "threat-model", ANY + "[^/]*\\.py", "^\\s*(from pytm import|import pytm)"),
          content(
              SECURITY,
              "threat-model",
              ANY + "[^/]*\\.(md|adoc|rst)",
              "\\bSTRIDE\\b|Spoofing[\\s\\S]{0,400}Tampering[\\s\\S]{0,400}Repudiation|ATT&CK[\\s\\S]*\\bT1\\d{3}\\b"),
          path(
              SECURITY,
              "dependency-updates",
              "(\\.github/dependabot\\.ya?ml|renovate\\.json5?|\\.renovaterc(\\.json5?)?|\\.github/renovate\\.json5?|\\.gitlab/renovate\\.json5?|\\.pyup\\.ya?ml|\\.snyk|\\.scala-steward\\.conf)"),
          command(
              SECURITY,
              "sbom",
              "cyclonedx|\\bsyft\\b|spdx-sbom-generator|anchore/sbom-action|sbom"),
          content(SECURITY, "sbom", BUILD, "cyclonedx"),
          content(SECURITY, "sbom", ANY + "\\.goreleaser\\.ya?ml", "^sboms\\s*:"),
          content(
              SECURITY,
              "signing",
              ANY + "(\\.goreleaser\\.ya?ml)",
              "^(signs|docker_signs|binary_signs)\\s*:"),
          content(
              SECURITY,
              "signing",
              BUILD,
              "maven-gpg-plugin|sigstore-maven-plugin|id\\s*\\(?\\s*['\"]signing['\"]|apply plugin:\\s*['\"]signing['\"]|sigstore"),
          command(
              SECURITY,
              "signing",
              "\\bcosign\\b|sigstore|slsa-framework|slsa-github-generator|attest-build-provenance|gpg\\s+--(detach-)?sign"),
          path(SECURITY, "license", "(?i)(LICEN[SC]E|COPYING|UNLICENSE)([.-][^/]*)?"),
          // REUSE: one file per licence under LICENSES/
          path(SECURITY, "license", "LICENSES/[^/]+\\.txt"),

          // --- collaboration ---
          path(COLLABORATION, "readme", "(?i)(\\.github/)?README(\\.[^/]+)?"),
          path(
              COLLABORATION,
              "contributing",
              "(?i)(\\.github/|\\.gitlab/|docs/)?CONTRIBUTING(\\.(md|markdown|rst|adoc|asciidoc|txt))?"),
          path(
              COLLABORATION,
              "code-of-conduct",
              "(?i)(\\.github/|docs/)?CODE[-_]OF[-_]CONDUCT(\\.[^/]+)?"),
          path(
              COLLABORATION,
              "codeowners",
              "(\\.github/|docs/|\\.gitlab/)?CODEOWNERS|OWNERS|MAINTAINERS(\\.[^/]+)?"),
          path(
              COLLABORATION,
              "pr-template",
              "(\\.github/|docs/)?(pull_request_template\\.md|PULL_REQUEST_TEMPLATE(\\.md|/[^/]+))|\\.gitlab/merge_request_templates/[^/]+"),
          path(
              COLLABORATION,
              "issue-template",
              "\\.github/(ISSUE_TEMPLATE/[^/]+|ISSUE_TEMPLATE\\.md|issue_template\\.md)|\\.gitlab/issue_templates/[^/]+"),
          path(
              COLLABORATION,
              "adr",
              "(docs?/(adr|adrs|decisions|architecture/decisions|architecture-decisions)/[^/]+\\.(md|adoc|rst)|\\.adr-dir)"),
          path(
              COLLABORATION,
              "architecture-docs",
              "(docs?/)?(architecture|ARCHITECTURE|design)(\\.(md|adoc|rst)|/[^/]+)|"
                  + ANY
                  + "[^/]*\\.(puml|plantuml|mmd|c4|dsl)"),
          // numbered decision records wherever the team keeps them (adr-tools, MADR, log4brains)
          path(
              COLLABORATION,
              "adr",
              ANY
                  + "(adrs?|decisions|decision-records|architecture-decisions)/\\d{3,4}-[^/]+\\.(md|adoc|rst)"),
          path(
              COLLABORATION,
              "changelog",
              "(CHANGELOG|CHANGES|HISTORY|RELEASE[-_]NOTES|NEWS)(\\.[^/]+)?|\\.changeset/config\\.json|release-please-config\\.json|cliff\\.toml|\\.releaserc(\\.[^/]+)?"),

          // --- operations ---
          path(
              OPERATIONS,
              "runbooks",
              ANY
                  + "(runbooks?|playbooks?-ops|ops/playbooks?)/[^/]+|"
                  + ANY
                  + "[^/]*runbook[^/]*\\.(md|adoc|rst)"),
          content(
              OPERATIONS,
              "runbooks",
              ANY + "[^/]*\\.(md|adoc|rst)",
              "(?i)^(#{1,4}|={1,4})\\s*(run ?books?|play ?books?|operating in production|operations guide|operations manual|on[- ]call|incident response)\\b"),
          path(
              OPERATIONS,
              "postmortems",
              ANY
                  + "(post-?mortems?|incidents?|incident-reviews?|retrospectives?|retros)/[^/]+|"
                  + ANY
                  + "([^/]*\\d{4}-\\d{2}[^/]*incident[^/]*|[^/]*(post-?mortem|retrospective)[^/]*|[^/]*incident-review[^/]*template[^/]*|template[^/]*incident[^/]*)\\.(md|adoc|rst)"),
          path(
              OPERATIONS,
              "postmortems",
              "(?i)\\.(github|gitlab)/(ISSUE_TEMPLATE|issue_templates)/[^/]*(incident|post-?mortem|retro)[^/]*"),
          content(
              OPERATIONS,
              "feature-flags",
              BUILD,
              "openfeature|launchdarkly|unleash|flagsmith|togglz|ff4j|flipper|growthbook|configcat|split-io|@splitsoftware"),
          content(
              OPERATIONS,
              "db-migrations",
              BUILD,
              // frameworks that merely can migrate (Django, Rails) count by their migration files
              "flyway|liquibase|alembic|golang-migrate|prisma|knex|sequelize-cli|typeorm|goose|dbmate|sqitch|EntityFrameworkCore"),
          path(
              OPERATIONS,
              "db-migrations",
              ANY
                  + "(db/migrate/[^/]+\\.rb|db/migration/V[^/]+\\.sql|alembic\\.ini|migrations/[^/]+\\.(sql|py|js|ts|go)|changelog/[^/]*\\.(xml|ya?ml|sql)|prisma/schema\\.prisma)"),
          path(
              OPERATIONS,
              "db-migrations",
              ANY
                  + "(alembic/versions/[^/]+\\.py|Migrations/[^/]+\\.cs|prisma/migrations/.+\\.sql)"),
          content(
              OPERATIONS,
              "progressive-delivery",
              ANY + YAML,
              "^kind\\s*:\\s*(Rollout|Canary)\\b|flagger\\.app/|argoproj\\.io/v1alpha1[\\s\\S]*kind\\s*:\\s*Rollout"),
          command(
              OPERATIONS,
              "progressive-delivery",
              "\\b(canary|blue[-_ ]?green)\\b|kubectl\\s+argo\\s+rollouts"),
          path(
              OPERATIONS,
              "on-call",
              ANY
                  + "(on-?call[^/]*\\.(md|ya?ml)|pagerduty[^/]*\\.(ya?ml|json|tf)|opsgenie[^/]*\\.(ya?ml|json|tf))"),
          content(
              OPERATIONS,
              "on-call",
              ANY + "[^/]*\\.tf",
              "resource\\s+\"(pagerduty_(service|escalation_policy|schedule)|opsgenie_(team|schedule|escalation)|grafana_oncall_[a-z_]+)\""),

          // --- collaboration / tests (unit) come from file roles, see InventoryDetector ---
          path(COLLABORATION, "readme", "docs?/README(\\.[^/]+)?"),

          // --- corpus review (#3): gaps found by scanning the fixture corpus ---
          content(TESTS, "coverage", BUILD, "@vitest/coverage-|@jest/coverage|\\s--coverage\\b"),
          // release automation publishes a release (a module's registry reads the tags)
          command(
              DEPLOY,
              "package-registry",
              "release-please-action|\\bsemantic-release\\b|changesets/action|\\bchangeset\\s+publish"),
          // GitLab's own scanners, run by including their templates
          command(TESTS, "sast", "(Jobs|Security)/SAST(-IaC)?(\\.latest)?\\.gitlab-ci\\.yml"),
          command(
              TESTS,
              "dependency-scan",
              "(Jobs|Security)/Dependency-Scanning(\\.latest)?\\.gitlab-ci\\.yml"),
          command(
              TESTS,
              "container-scan",
              "(Jobs|Security)/Container-Scanning(\\.latest)?\\.gitlab-ci\\.yml"),
          command(
              TESTS,
              "secret-scan",
              "(Jobs|Security)/Secret-Detection(\\.latest)?\\.gitlab-ci\\.yml"),
          command(TESTS, "iac-scan", "(Jobs|Security)/SAST-IaC(\\.latest)?\\.gitlab-ci\\.yml"),
          command(TESTS, "dast", "(Jobs|Security)/DAST(-API)?(\\.latest)?\\.gitlab-ci\\.yml"));

  private InventoryRules() {}
}
