package dev.shipshape.server.reliability;

import dev.shipshape.server.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link ServerProcess} started as a child JVM with the test classpath. */
final class ChildServer implements AutoCloseable {
  private final Process process;
  final int port;
  final String adminToken;

  private ChildServer(Process process, int port, String adminToken) {
    this.process = process;
    this.port = port;
    this.adminToken = adminToken;
  }

  static ChildServer start(TestDatabase db, String node, Path logFile) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ServerProcess.class.getName());
    command.add(db.url() == null ? "-" : db.url());
    command.add(db.dataDir().toString());
    command.add(node);
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String token = null;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("ss_")) {
          token = line;
        } else if (line.startsWith("PORT ")) {
          ChildServer child = new ChildServer(p, Integer.parseInt(line.substring(5)), token);
          Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
          drain.setDaemon(true);
          drain.start();
          return child;
        }
      }
      throw new IllegalStateException("the server process ended before listening; see " + logFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
