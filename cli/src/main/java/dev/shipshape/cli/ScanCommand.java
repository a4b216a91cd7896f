package dev.shipshape.cli;

import dev.shipshape.engine.QualityGate;
import dev.shipshape.engine.ScanRequest;
import dev.shipshape.engine.Scanner;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.facts.delivery.DeliveryOptions;
import dev.shipshape.model.Report;
import dev.shipshape.render.Format;
import dev.shipshape.render.RenderOptions;
import dev.shipshape.repository.SnapshotRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "scan",
    description = {
      "Assess a repository, practice by practice, with evidence and next steps.",
      "PATH|URL is a working copy (any folder inside it), a bare repository or mirror, a plain"
          + " folder, or a URL (cloned into a temporary folder that is always removed).",
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
      description = "text (default), json, markdown, sarif, junit, html or badge.")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "-o",
      paramLabel = "FORMAT=FILE",
      description =
          "Also write the report in FORMAT to FILE (repeatable): -o html=report.html -o sarif=r.sarif.")
  List<String> extraOutputs = new ArrayList<>();

  @Option(
      names = "--fail-under",
      paramLabel = "SCORE",
      description = "Quality gate: exit 1 when the overall score is under SCORE (0-100).")
  Integer failUnder;

  @Option(
      names = "--fail-on",
      paramLabel = "CHECK|PRACTICE<LEVEL",
      description =
          "Quality gate (repeatable): exit 1 when the check fails (ci-cd/tests-in-pipeline)"
              + " or the practice is under the level (ci-cd<3).")
  List<String> failOn = new ArrayList<>();

  @Mixin HistoryWindowOptions history = new HistoryWindowOptions();

  @Option(
      names = "--deploy-tags",
      paramLabel = "GLOB",
      description =
          "Tags that are deployments (repeatable), e.g. 'v*' or 'prod-*' (default: release-like"
              + " tags such as v1.2.3, 1.2, release-...).")
  List<String> deployTags = new ArrayList<>();

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description =
          "Deployment and incident events (repeatable): JSON lines or a JSON array, in the"
              + " shipshape, Apache DevLake or CDEvents format.")
  List<Path> events = new ArrayList<>();

  @Option(
      names = "--hotfix-pattern",
      paramLabel = "REGEX",
      description = "Commits (message or merged branch) that fix a failed deployment.")
  String hotfixPattern;

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

  @Option(
      names = "--no-cache",
      description =
          "Read every commit from the repository; neither use nor update the per-commit cache"
              + " ($XDG_CACHE_HOME/shipshape or ~/.cache/shipshape).")
  boolean noCache;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  ScanCommand(Cli cli) {
    this.cli = cli;
  }

  /** One report to write: a format and a file, or standard output when the file is null. */
  record Output(Format format, Path file) {}

  @Override
  public Integer call() throws IOException {
    List<Output> outputs = outputs();
    List<QualityGate.Rule> gate = gateRules();
    ScanConfig given = config == null ? null : ConfigFile.read(config);
    DeliveryOptions delivery = deliveryOptions();
    SnapshotRequest snapshot = new SnapshotRequest(location, revision, history.window());
    Report report;
    try (ProgressLine progress = new ProgressLine(cli.err, cli.terminal.stderrTty(), debug)) {
      report =
          new Scanner(cli.registry(), Cli.tool())
              .scan(new ScanRequest(snapshot, given, progress, delivery));
    }
    for (Output o : outputs) {
      write(report, o);
    }
    List<String> failures = QualityGate.evaluate(report, gate);
    if (!failures.isEmpty()) {
      failures.forEach(f -> cli.err.println("shipshape: quality gate failed: " + f));
      return ExitCode.GATE_FAILED.code();
    }
    return ExitCode.OK.code();
  }

  private DeliveryOptions deliveryOptions() {
    if (hotfixPattern != null) {
      try {
        java.util.regex.Pattern.compile(hotfixPattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new UserError(
            "--hotfix-pattern '"
                + hotfixPattern
                + "' is not a valid regular expression: "
                + e.getDescription());
      }
    }
    List<DeliveryOptions.EventInput> inputs = new ArrayList<>();
    for (Path file : events) {
      try {
        inputs.add(
            new DeliveryOptions.EventInput(file.toString(), java.nio.file.Files.readString(file)));
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UserError("--events " + file + ": no such file");
      } catch (java.nio.charset.MalformedInputException e) {
        throw new UserError("--events " + file + ": not UTF-8 text");
      } catch (IOException e) {
        throw new UserError("--events " + file + ": cannot read it (" + e.getMessage() + ")");
      }
    }
    return new DeliveryOptions(deployTags, inputs, hotfixPattern, !noCache);
  }

  private List<Output> outputs() {
    List<Output> outputs = new ArrayList<>();
    outputs.add(new Output(format(format), output));
    for (String spec : extraOutputs) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new UserError("-o '" + spec + "' must be FORMAT=FILE, e.g. -o html=report.html");
      }
      outputs.add(new Output(format(spec.substring(0, eq)), Path.of(spec.substring(eq + 1))));
    }
    return outputs;
  }

  private List<QualityGate.Rule> gateRules() {
    List<QualityGate.Rule> rules = new ArrayList<>();
    if (failUnder != null) {
      if (failUnder < 0 || failUnder > 100) {
        throw new UserError("--fail-under " + failUnder + " must be between 0 and 100");
      }
      rules.add(new QualityGate.MinimumScore(failUnder));
    }
    for (String value : failOn) {
      QualityGate.Rule rule;
      try {
        rule = QualityGate.parseFailOn(value);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      if (rule instanceof QualityGate.CheckMustNotFail c
          && cli.registry().find(c.checkId()).isEmpty()) {
        throw new UserError(
            "--fail-on " + value + ": unknown check (`shipshape checks` lists them)");
      }
      rules.add(rule);
    }
    return rules;
  }

  private void write(Report report, Output o) throws IOException {
    boolean toFile = o.file() != null;
    boolean colour = !toFile && (color != null ? color : cli.terminal.colour());
    RenderOptions options =
        RenderOptions.plain()
            .withColour(colour)
            .withUnicode(toFile || cli.terminal.unicode())
            .withVerbose(verbose);
    StringWriter buffer = new StringWriter();
    o.format().renderer(options).render(report, buffer);
    cli.emit(buffer.toString(), o.file());
  }

  static Format format(String id) {
    try {
      return Format.fromId(id);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
