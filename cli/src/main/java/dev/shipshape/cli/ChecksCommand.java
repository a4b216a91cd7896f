package dev.shipshape.cli;

import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.CheckMeta;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "checks",
    description = "List the catalogue: every check with its practice, weight and title.",
    mixinStandardHelpOptions = true)
final class ChecksCommand implements Callable<Integer> {
  private final Cli cli;

  ChecksCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() {
    int width =
        cli.registry().all().stream().mapToInt(d -> d.meta().id().length()).max().orElse(10);
    cli.out.printf("%-" + width + "s  %-22s  %s  %s%n", "ID", "PRACTICE", "W", "TITLE");
    for (CheckDefinition def : cli.registry().all()) {
      CheckMeta m = def.meta();
      cli.out.printf(
          "%-" + width + "s  %-22s  %d  %s%n", m.id(), m.practice().id(), m.weight(), m.title());
    }
    return ExitCode.OK.code();
  }
}
