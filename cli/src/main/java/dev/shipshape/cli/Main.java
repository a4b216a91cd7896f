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
    CommandLine cmd = commandLine(cli, args.length > 0 ? args[0] : null);
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

  /** Every subcommand, by name, in the order the help lists them. */
  private static Map<String, java.util.function.Function<Cli, Object>> subcommands() {
    Map<String, java.util.function.Function<Cli, Object>> all = new java.util.LinkedHashMap<>();
    all.put("scan", ScanCommand::new);
    all.put("checks", ChecksCommand::new);
    all.put("explain", ExplainCommand::new);
    all.put("trend", TrendCommand::new);
    all.put("version", VersionCommand::new);
    all.put("init", InitCommand::new);
    all.put("serve", ServeCommand::new);
    return all;
  }

  static CommandLine commandLine(Cli cli) {
    return commandLine(cli, null);
  }

  /**
   * The command line; with {@code first}, the first argument, naming a subcommand, only that one is
   * modelled (picocli reads each command's annotations when it is added: a tenth of a second of
   * every start for the six not run). Anything else — help, a typo, an option — gets them all.
   */
  static CommandLine commandLine(Cli cli, String first) {
    CommandLine cmd = new CommandLine(new ShipshapeCommand());
    Map<String, java.util.function.Function<Cli, Object>> all = subcommands();
    if (first != null && all.containsKey(first)) {
      cmd.addSubcommand(all.get(first).apply(cli));
    } else {
      all.values().forEach(c -> cmd.addSubcommand(c.apply(cli)));
    }
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
