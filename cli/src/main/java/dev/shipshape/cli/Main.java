package dev.shipshape.cli;

import dev.shipshape.facts.config.ConfigException;
import dev.shipshape.repository.RepositoryException;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine;

/** The {@code shipshape} command: a thin picocli layer over the engine and renderers. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Runs a command line; returns the exit code (see {@link ExitCode}). */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Cli cli = new Cli(out, err, env);
    CommandLine cmd = commandLine(cli);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (debug) {
            e.printStackTrace(err);
          }
          if (e instanceof UserError
              || e instanceof RepositoryException
              || e instanceof ConfigException) {
            err.println("shipshape: " + e.getMessage());
            return ExitCode.USAGE.code();
          }
          err.println(
              "shipshape: internal error: "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                  + (debug ? "" : " (run with --debug for details)"));
          return ExitCode.INTERNAL.code();
        });
    cmd.setParameterExceptionHandler(
        (e, a) -> {
          if (debug) {
            e.printStackTrace(err);
          }
          err.println("shipshape: " + firstLine(e.getMessage()));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE.code();
        });
    return cmd.execute(args);
  }

  static CommandLine commandLine(Cli cli) {
    CommandLine cmd = new CommandLine(new ShipshapeCommand());
    cmd.addSubcommand(new ScanCommand(cli));
    cmd.addSubcommand(new ChecksCommand(cli));
    cmd.addSubcommand(new ExplainCommand(cli));
    cmd.addSubcommand(new TrendCommand(cli));
    cmd.addSubcommand(new VersionCommand(cli));
    cmd.addSubcommand(new InitCommand(cli));
    cmd.addSubcommand(new ServeCommand(cli));
    cmd.setOut(new java.io.PrintWriter(cli.out, true));
    cmd.setErr(new java.io.PrintWriter(cli.err, true));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // -V on any command prints the same line as `shipshape version`
    String version = "shipshape " + Cli.version();
    cmd.getCommandSpec().version(version);
    cmd.getSubcommands().values().forEach(c -> c.getCommandSpec().version(version));
    return cmd;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
