package dev.shipshape.cli;

import dev.shipshape.engine.Scanner;
import dev.shipshape.server.Server;
import dev.shipshape.server.ServerConfig;
import dev.shipshape.server.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    description = {
      "Run the portfolio server (docs/server.md).",
      "Repositories are scanned on demand and on a schedule; it takes deployment and incident"
          + " webhooks, and has the team survey, a web dashboard and a JSON API.",
      "The first start prints an admin token once."
    },
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  private final Cli cli;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: 8080).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "PostgreSQL, e.g. jdbc:postgresql://db/ship?user=u (default: SQLite in --data-dir).")
  String database;

  @Option(
      names = "--data-dir",
      defaultValue = "shipshape-data",
      paramLabel = "DIR",
      description = "Folder of the embedded database (default: ./shipshape-data).")
  Path dataDir;

  @Option(
      names = "--scan-threads",
      defaultValue = "2",
      description = "Scans run at once by this process (default: 2).")
  int scanThreads;

  @Option(
      names = "--node",
      paramLabel = "NAME",
      description = "This process's name in scan claims (default: a random one).")
  String node;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  ServeCommand(Cli cli) {
    this.cli = cli;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (scanThreads < 1 || scanThreads > 64) {
      throw new UserError("--scan-threads must be between 1 and 64");
    }
    ServerConfig defaults = ServerConfig.defaults(new Scanner(cli.registry(), Cli.tool()));
    ServerConfig config =
        defaults
            .withAddress(host, port)
            .withDatabase(dataDir, database)
            .withScans(
                node != null ? node : defaults.node(),
                scanThreads,
                Duration.ofSeconds(2),
                defaults.claimLease())
            .withStreams(cli.out, cli.err);
    Server server;
    try {
      server = Server.start(config);
    } catch (StoreException e) {
      throw new UserError(e.getMessage());
    } catch (RuntimeException e) {
      if (e.getMessage() != null && e.getMessage().contains("Port already in use")) {
        throw new UserError("port " + port + " is in use: choose another with --port");
      }
      throw e;
    }
    cli.out.println("shipshape: serving " + server.url() + " (Ctrl-C to stop)");
    cli.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCode.OK.code();
  }
}
