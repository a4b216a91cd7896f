package dev.shipshape.cli;

import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.model.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/** What every command shares: the streams, the environment, the terminal and the checks. */
final class Cli {
  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;
  final Terminal terminal;
  private CheckRegistry registry;

  Cli(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.terminal = Terminal.detect(env);
  }

  CheckRegistry registry() {
    if (registry == null) {
      registry = CheckRegistry.load();
    }
    return registry;
  }

  static Tool tool() {
    return new Tool("shipshape", version());
  }

  static String version() {
    try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
