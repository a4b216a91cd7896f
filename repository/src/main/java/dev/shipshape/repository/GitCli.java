package dev.shipshape.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the git command line, when it is installed, with settings that keep the scanned repository
 * from running anything: no hooks, no fsmonitor, no external diff or textconv, no prompts.
 */
final class GitCli {
  private static final List<String> SAFE_CONFIG =
      List.of(
          "-c", "core.hooksPath=/dev/null",
          "-c", "core.fsmonitor=false",
          "-c", "core.sshCommand=ssh -o BatchMode=yes",
          "-c", "credential.interactive=false",
          "-c", "protocol.ext.allow=never",
          "-c", "safe.directory=*");

  private static volatile Boolean available;

  private GitCli() {}

  /** Whether a usable git is on the PATH (checked once). */
  static boolean available() {
    if (available == null) {
      try {
        Result r = run(null, List.of("--version"), 10);
        available = r.exit() == 0;
      } catch (IOException e) {
        available = false;
      }
    }
    return available;
  }

  record Result(int exit, String out, String err) {
    String firstErrorLine() {
      return err.lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .reduce((a, b) -> b.startsWith("fatal:") ? b : a)
          .orElse("exit code " + exit);
    }
  }

  /**
   * Starts git with the safe settings and returns the running process: the caller reads its output
   * as a stream (large logs) and closes its input when it has written what it had to.
   */
  static Process start(Path dir, List<String> args, Map<String, String> extraEnv)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(SAFE_CONFIG);
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Map<String, String> env = pb.environment();
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("GIT_ASKPASS", "true");
    env.put("SSH_ASKPASS", "true");
    env.put("GCM_INTERACTIVE", "never");
    env.put("LC_ALL", "C");
    env.remove("GIT_DIR");
    env.remove("GIT_WORK_TREE");
    env.putAll(extraEnv);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    return pb.start();
  }

  static Result run(Path dir, List<String> args, long timeoutSeconds) throws IOException {
    Process p = start(dir, args, Map.of());
    p.getOutputStream().close();
    StreamCollector out = new StreamCollector(p.getInputStream());
    StreamCollector err = new StreamCollector(p.getErrorStream());
    out.start();
    err.start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("git " + args.get(0) + " took longer than " + timeoutSeconds + " s");
      }
      out.join();
      err.join();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running git " + args.get(0), e);
    }
    return new Result(p.exitValue(), out.text(), err.text());
  }

  private static final class StreamCollector extends Thread {
    private final InputStream in;
    private byte[] bytes = new byte[0];

    StreamCollector(InputStream in) {
      this.in = in;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        bytes = new byte[0];
      }
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
