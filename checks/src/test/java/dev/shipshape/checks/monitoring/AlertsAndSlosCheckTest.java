package dev.shipshape.checks.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsAndSlosCheckTest {
  @TempDir Path dir;

  private final AlertsAndSlosCheck check = new AlertsAndSlosCheck();

  private Outcome.Scored scan(TestRepository repo) {
    return (Outcome.Scored) check.evaluate(repo.facts());
  }

  @Test
  void prometheusRulesAndTerraformMonitorsCount() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              "deploy/rules.yaml",
              "groups:\n  - name: api\n    rules:\n      - alert: HighErrorRate\n        expr: x > 1\n")
          .commit("#1 alerts");
      assertThat(scan(repo).score()).isEqualTo(6);
      repo.file("monitoring/dash.tf", "resource \"grafana_dashboard\" \"api\" {}\n")
          .file("monitoring/slo.yaml", "apiVersion: openslo/v1\nkind: SLO\n")
          .commit("#2 dashboards and slos");
      Outcome.Scored outcome = scan(repo);
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.remediation()).contains("on-call routing");
    }
  }

  @Test
  void noneFails() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("testdata/alertmanager.yml", "route: {}\n").commit("#1 none");
      assertThat(scan(repo).score()).isZero();
    }
  }
}
