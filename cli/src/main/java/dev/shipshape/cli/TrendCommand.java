package dev.shipshape.cli;

import dev.shipshape.engine.Scanner;
import dev.shipshape.engine.TrendRunner;
import dev.shipshape.model.Trend;
import dev.shipshape.render.RenderOptions;
import dev.shipshape.render.TrendRenderer;
import dev.shipshape.repository.SnapshotRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "trend",
    description = {
      "How the practices evolved: the assessment at the last commit of each period.",
      "Each point is read from git's object database (nothing is checked out) and carries the"
          + " delivery metrics of its period."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class TrendCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "PATH|URL",
      description = "What to assess (default: the current folder).")
  String location;

  @Option(
      names = "--every",
      defaultValue = "month",
      paramLabel = "PERIOD",
      description = "week, month (default) or quarter.")
  String every;

  @Mixin HistoryWindowOptions history = new HistoryWindowOptions();

  @Option(
      names = "--rev",
      defaultValue = "HEAD",
      paramLabel = "REV",
      description = "Branch or revision to follow (default: HEAD).")
  String revision;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default), json or html.")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  TrendCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    TrendRunner.Every period;
    try {
      period = TrendRunner.Every.valueOf(every.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--every '" + every + "' must be week, month or quarter");
    }
    TrendRenderer renderer;
    boolean toFile = output != null;
    RenderOptions options =
        RenderOptions.plain()
            .withColour(!toFile && cli.terminal.colour())
            .withUnicode(toFile || cli.terminal.unicode());
    try {
      renderer = TrendRenderer.forFormat(format, options);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    SnapshotRequest request = new SnapshotRequest(location, revision, history.window());
    Trend trend;
    try (ProgressLine progress = new ProgressLine(cli.err, cli.terminal.stderrTty())) {
      trend =
          new TrendRunner(new Scanner(cli.registry(), Cli.tool()))
              .run(request, period, null, progress);
    }
    StringWriter buffer = new StringWriter();
    renderer.render(trend, buffer);
    cli.emit(buffer.toString(), output);
    return ExitCode.OK.code();
  }
}
