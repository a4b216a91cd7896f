package dev.shipshape.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return with(Map.of(), args);
  }

  static CliRun with(Map<String, String> extraEnv, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = new HashMap<>();
    env.put("SHIPSHAPE_STDOUT_TTY", "0");
    env.put("SHIPSHAPE_STDERR_TTY", "0");
    env.putAll(extraEnv);
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env);
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
