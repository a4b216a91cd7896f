package dev.shipshape.server.reliability;

import dev.shipshape.server.Server;
import dev.shipshape.server.ServerConfig;
import dev.shipshape.server.TestServer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server in a process of its own, for tests that kill it: {@code ServerProcess DB_URL|- DATA_DIR
 * NODE}. Prints the first admin token (if made), then {@code PORT <n>} once it listens.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0].equals("-") ? null : args[0];
    ServerConfig config =
        ServerConfig.defaults(TestServer.scanner())
            .withAddress("127.0.0.1", 0)
            .withDatabase(Path.of(args[1]), url)
            .withScans(args[2], 2, Duration.ofMillis(100), Duration.ofMinutes(15))
            .withStreams(System.out, System.err);
    Server server = Server.start(config);
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
