package dev.shipshape.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "shipshape",
    mixinStandardHelpOptions = false,
    description = {
      "How mature is this team's DevOps, practice by practice, with evidence and next steps?",
      "Reads a git repository offline; never runs anything from it."
    },
    footer = {
      "",
      "Exit codes: 0 done, 1 quality gate failed, 2 bad usage or input, 3 internal error.",
      "Docs: docs/ in the source tree; `shipshape explain <check>` for one check."
    },
    subcommandsRepeatable = false)
final class ShipshapeCommand implements Runnable {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @picocli.CommandLine.Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print the version.")
  boolean version;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
