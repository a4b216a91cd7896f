package dev.shipshape.cli;

import dev.shipshape.engine.ScanRequest;
import dev.shipshape.engine.Scanner;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.model.Report;
import dev.shipshape.render.Format;
import dev.shipshape.render.RenderOptions;
import dev.shipshape.repository.SnapshotRequest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "scan",
    description = {
      "Assess a repository: a working copy (any folder inside it), a bare repository or mirror,",
      "a plain folder, or a URL (cloned into a temporary folder that is always removed).",
      "What is assessed is the committed tree at --rev, never uncommitted files."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ScanCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = ".",
      paramLabel = "PATH|URL",
      description = "What to scan (default: the current folder).")
  String location;

  @Option(
      names = "--rev",
      defaultValue = "HEAD",
      paramLabel = "REV",
      description = "Revision to assess (default: HEAD).")
  String revision;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text (default) or json.")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--since",
      paramLabel = "DURATION|DATE|all",
      description =
          "Start of the history window: 90d, 12w, 6m, 1y, 2025-06-01 or all (default: 365 days before the revision).")
  String since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "End of the window (default: the revision's commit time).")
  String until;

  @Option(
      names = {"-v", "--verbose"},
      description = "List every check in the text report.")
  boolean verbose;

  @Option(
      names = "--color",
      negatable = true,
      description = "Colour the text report (default: on a terminal, unless NO_COLOR is set).")
  Boolean color;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read the configuration from FILE instead of the repository's .shipshape.yml.")
  Path config;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  ScanCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    Format chosen = format(format);
    ScanConfig given = config == null ? null : ConfigFile.read(config);
    SnapshotRequest snapshot =
        new SnapshotRequest(location, revision, WindowOptions.parse(since, until));
    Report report;
    try (ProgressLine progress = new ProgressLine(cli.err, cli.terminal.stderrTty())) {
      report =
          new Scanner(cli.registry(), Cli.tool()).scan(new ScanRequest(snapshot, given, progress));
    }
    boolean toFile = output != null;
    boolean colour = color != null ? color : !toFile && cli.terminal.colour();
    RenderOptions options =
        RenderOptions.plain()
            .withColour(colour)
            .withUnicode(cli.terminal.unicode() || toFile)
            .withVerbose(verbose);
    StringWriter buffer = new StringWriter();
    chosen.renderer(options).render(report, buffer);
    if (toFile) {
      write(output, buffer.toString());
    } else {
      Writer w = new OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
      w.write(buffer.toString());
      w.flush();
    }
    return ExitCode.OK.code();
  }

  static Format format(String id) {
    try {
      return Format.fromId(id);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot write " + file + ": its folder does not exist");
    } catch (IOException e) {
      throw new UserError("cannot write " + file + ": " + e.getMessage());
    }
  }
}
