package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The serve command's own part: options and start-up errors (the server has its own tests). */
class ServeCommandTest {
  @Test
  void helpNamesTheDatabaseOptions() {
    CliRun run = CliRun.of("serve", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--db", "--data-dir", "--port", "--host");
  }

  @Test
  void anUnsupportedDatabaseIsAUsageError() {
    CliRun run = CliRun.of("serve", "--db", "jdbc:mysql://127.0.0.1/x", "--port", "0");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("unsupported database URL");
  }

  @Test
  void scanThreadsMustBeSensible() {
    CliRun run = CliRun.of("serve", "--scan-threads", "0");
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--scan-threads");
  }
}
