package dev.shipshape.cli;

import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.CheckMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    description = "Explain one check: what it looks for, why it matters, how it scores.",
    mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
  private final Cli cli;

  @Parameters(
      index = "0",
      paramLabel = "CHECK",
      description = "A check id, e.g. ci-cd/tests-in-pipeline.")
  String id;

  ExplainCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws IOException {
    CheckDefinition def = cli.registry().find(id).orElseThrow(() -> new UserError(unknown(id)));
    CheckMeta m = def.meta();
    String page = page(m);
    if (page == null) {
      cli.out.println(m.id() + " — " + m.title());
      cli.out.println("Practice: " + m.practice().title() + "; weight " + m.weight());
      cli.out.println("Next step when it fails: " + m.remediation());
    } else {
      cli.out.print(page);
    }
    return ExitCode.OK.code();
  }

  private static String page(CheckMeta m) throws IOException {
    String resource = "/dev/shipshape/checks/docs/" + m.practice().id() + "/" + m.name() + ".md";
    try (InputStream in = ExplainCommand.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String unknown(String id) {
    String close =
        cli.registry().all().stream()
            .map(d -> d.meta().id())
            .sorted(Comparator.comparingInt(c -> distance(c, id)))
            .limit(3)
            .collect(Collectors.joining(", "));
    return "unknown check '" + id + "' (did you mean " + close + "? `shipshape checks` lists all)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      prev = cur;
    }
    return prev[b.length()];
  }
}
