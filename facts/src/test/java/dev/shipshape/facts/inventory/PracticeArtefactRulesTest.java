package dev.shipshape.facts.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.InventoryCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The observability, security, collaboration and operations rules of {@link InventoryRules}: for
 * each row, whether a file at that path with that text gives the word. {@code \n} in text is a line
 * break; an empty text is a file matched by its path alone.
 */
class PracticeArtefactRulesTest {

  static boolean gives(String category, String word, String path, String text) {
    InventoryCategory c = InventoryCategory.fromId(category);
    String content = text == null ? "" : text.replace("\\n", "\n");
    return InventoryRules.ALL.stream()
        .filter(r -> r.category() == c && r.word().equals(word) && r.forFiles())
        .anyMatch(
            r ->
                r.path().matcher(path).matches()
                    && (r.content() == null || r.content().matcher(content).find()));
  }

  @ParameterizedTest(name = "{0}/{1} from {2}: {4}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "security => license => LICENSE => '' => true",
        "security => license => License.md => '' => true",
        "security => license => COPYING.LESSER => '' => true",
        "security => license => LICENSES/MIT.txt => '' => true",
        "security => license => lib/LICENSE => '' => false",
        "security => security-policy => .github/security.md => '' => true",
        "security => security-policy => docs/SECURITY.rst => '' => true",
        "security => security-policy => src/SECURITY.md => '' => false",
        "collaboration => readme => .github/README.md => '' => true",
        "collaboration => readme => readme.rst => '' => true",
        "observability => health-checks => compose.yaml => services:\\n  db:\\n    healthcheck: x => true",
        "observability => health-checks => compose.yaml => services:\\n  db:\\n    image: x => false",
        "operations => postmortems => .github/ISSUE_TEMPLATE/incident-report.md => '' => true",
        "operations => postmortems => .github/ISSUE_TEMPLATE/bug.md => '' => false",
        "operations => db-migrations => alembic/versions/001_init.py => '' => true",
        "operations => db-migrations => src/Data/Migrations/20240101_Init.cs => '' => true",
        "operations => db-migrations => requirements.txt => django==5.0 => false",
        "operations => db-migrations => requirements.txt => alembic==1.13 => true",
        "observability => health-checks => src/main/java/Api.java => @GetMapping(\"/healthz\") => true",
        "observability => health-checks => src/main/java/Checks.java => class HealthChecksCheck {} => false",
        "observability => health-checks => src/Startup.cs => app.MapHealthChecks(\"/ready\"); => true",
        "observability => alerting => monitoring/main.tf => resource \"datadog_monitor\" \"cpu\" {} => true",
        "observability => alerting => main.tf => resource \"aws_s3_bucket\" \"b\" {} => false",
        "observability => dashboards => grafana.tf => resource \"grafana_dashboard\" \"d\" {} => true",
        "observability => slo => slo.tf => resource \"google_monitoring_slo\" \"s\" {} => true",
        "observability => deployment-events => .github/workflows/cd.yml => jobs:\\n  d:\\n    environment: production => true",
        "observability => deployment-events => .github/workflows/ci.yml => jobs:\\n  t:\\n    runs-on: x => false",
        "operations => on-call => pd.tf => resource \"pagerduty_schedule\" \"s\" {} => true",
        "operations => runbooks => docs/operations.md => # Runbook\\nRestart it. => true",
        "operations => runbooks => docs/usage.md => # Usage\\nRun it. => false",
        "security => threat-model => docs/security/model.json => {\"summary\": {}, \"detail\": {\"diagrams\": [{\"cells\": [{\"threats\": []}]}]}} => true",
        "security => threat-model => tm/model.py => from pytm import TM => true",
        "security => threat-model => docs/security.md => We review designs with STRIDE. => true",
        "security => threat-model => docs/security.md => We stride forward. => false",
        "security => sbom => .goreleaser.yaml => sboms:\\n  - artifacts: archive => true",
        "security => signing => pom.xml => <artifactId>maven-gpg-plugin</artifactId> => true",
        "security => signing => build.gradle.kts => plugins { id(\"signing\") } => true",
        "collaboration => contributing => .github/contributing.md => '' => true",
        "collaboration => contributing => docs/CONTRIBUTING.adoc => '' => true",
        "collaboration => contributing => CONTRIBUTING.png => '' => false",
        "collaboration => adr => architecture/adr/0001-use-postgres.md => '' => true",
        "collaboration => adr => notes/adr/readme.md => '' => false",
        "tests => secret-scan => .pre-commit-config.yaml => - id: detect-secrets => true",
        "tests => secret-scan => .pre-commit-config.yaml => - id: black => false",
        "observability => health-checks => app/main.py => @app.get(\"/healthz\") => true",
        "observability => health-checks => Startup.cs => app.MapHealthChecks(\"/health\"); => true",
        "observability => health-checks => Rules.java => Pattern.compile(\"MapHealthChecks|HealthIndicator\") => false",
        "observability => health-checks => DbHealth.java => class DbHealth implements HealthIndicator {} => true",
        "observability => health-checks => main.go => http.HandleFunc(\"/readyz\", ready) => true",
        "observability => health-checks => src/main/java/Rule.java => String[] PATHS = {\"/healthz\"}; => false",
        "operations => postmortems => docs/postmortems/outage.md => '' => true",
        "operations => postmortems => docs/2025-10-14-incident-checkout.md => '' => true",
        "operations => postmortems => docs/incident-review-template.md => '' => true",
        "operations => postmortems => docs/incident-response/post-incident-reviews.md => '' => false",
        "tests => coverage => package.json => \"@vitest/coverage-v8\": \"2\" => true",
        "tests => coverage => package.json => \"vitest\": \"2\" => false",
      })
  void rules(String category, String word, String path, String text, boolean expected) {
    assertThat(gives(category, word, path, text)).isEqualTo(expected);
  }
}
