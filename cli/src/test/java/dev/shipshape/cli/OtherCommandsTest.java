package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtherCommandsTest {
  @Test
  void versionPrintsTheVersion() {
    CliRun run = CliRun.of("version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("shipshape ").doesNotContain("unknown");
  }

  @Test
  void checksListsTheCatalogue() {
    CliRun run = CliRun.of("checks");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("ci-cd/tests-in-pipeline", "version-control/backlog-linkage");
  }

  @Test
  void explainPrintsTheCheckPage() {
    CliRun run = CliRun.of("explain", "ci-cd/tests-in-pipeline");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("# ci-cd/tests-in-pipeline").contains("## How it scores");
  }

  @Test
  void explainOfAnUnknownCheckSuggestsClosestIds() {
    CliRun run = CliRun.of("explain", "ci-cd/tests-in-pipline");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown check").contains("ci-cd/tests-in-pipeline");
  }

  @Test
  void noArgumentsPrintsUsage() {
    CliRun run = CliRun.of();
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("scan", "checks", "explain");
  }

  @Test
  void everyCommandPrintsTheVersionWithCapitalV() {
    for (String[] args :
        new String[][] {{"scan", "-V"}, {"-V"}, {"--version"}, {"checks", "--version"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).startsWith("shipshape ").doesNotContain("unknown");
    }
  }
}
