package dev.shipshape.server;

import dev.shipshape.engine.Scanner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * How to run the server. {@code databaseUrl} null: SQLite in {@code dataDir}. {@code node} names
 * this process in scan claims. {@code console} receives the first admin token, once.
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    String databaseUrl,
    Scanner scanner,
    String node,
    int scanThreads,
    Duration pollEvery,
    Duration claimLease,
    int maxRequestBytes,
    PrintStream console,
    PrintStream log,
    Clock clock) {

  /** Defaults: loopback, port 8080, ./shipshape-data, two scans at a time. */
  public static ServerConfig defaults(Scanner scanner) {
    return new ServerConfig(
        "127.0.0.1",
        8080,
        Path.of("shipshape-data"),
        null,
        scanner,
        "node-" + UUID.randomUUID().toString().substring(0, 8),
        2,
        Duration.ofSeconds(2),
        Duration.ofMinutes(15),
        1024 * 1024,
        System.out,
        System.err,
        Clock.systemUTC());
  }

  public ServerConfig withAddress(String host, int port) {
    return new ServerConfig(
        host,
        port,
        dataDir,
        databaseUrl,
        scanner,
        node,
        scanThreads,
        pollEvery,
        claimLease,
        maxRequestBytes,
        console,
        log,
        clock);
  }

  public ServerConfig withDatabase(Path dataDir, String databaseUrl) {
    return new ServerConfig(
        host,
        port,
        dataDir,
        databaseUrl,
        scanner,
        node,
        scanThreads,
        pollEvery,
        claimLease,
        maxRequestBytes,
        console,
        log,
        clock);
  }

  public ServerConfig withScans(String node, int scanThreads, Duration pollEvery, Duration lease) {
    return new ServerConfig(
        host,
        port,
        dataDir,
        databaseUrl,
        scanner,
        node,
        scanThreads,
        pollEvery,
        lease,
        maxRequestBytes,
        console,
        log,
        clock);
  }

  public ServerConfig withStreams(PrintStream console, PrintStream log) {
    return new ServerConfig(
        host,
        port,
        dataDir,
        databaseUrl,
        scanner,
        node,
        scanThreads,
        pollEvery,
        claimLease,
        maxRequestBytes,
        console,
        log,
        clock);
  }
}
