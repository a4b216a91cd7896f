package dev.shipshape.cli;

import dev.shipshape.repository.WindowSpec;
import picocli.CommandLine.Option;

/** {@code --since} and {@code --until}, shared by the commands that read history. */
final class HistoryWindowOptions {
  @Option(
      names = "--since",
      paramLabel = "DURATION|DATE|all",
      description =
          "Start of the history window: 90d, 12w, 6m, 1y, 2025-06-01 or all"
              + " (default: 365 days before the revision).")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "End of the window (default: the revision's commit time).")
  String until;

  WindowSpec window() {
    return WindowOptions.parse(since, until);
  }
}
