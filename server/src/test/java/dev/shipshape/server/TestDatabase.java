package dev.shipshape.server;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database of one kind for one test: a SQLite file in a temporary folder, or a new database
 * on the PostgreSQL server named by {@code SHIPSHAPE_TEST_PG_URL} (started by {@code
 * .ci/services.sh}). Without that server, PostgreSQL tests fail in CI and are skipped, with a
 * message, elsewhere.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String PG_ENV = "SHIPSHAPE_TEST_PG_URL";

  private final String kind;
  private final String url;
  private final Path dataDir;
  private final String dropName;

  private TestDatabase(String kind, String url, Path dataDir, String dropName) {
    this.kind = kind;
    this.url = url;
    this.dataDir = dataDir;
    this.dropName = dropName;
  }

  public static TestDatabase create(String kind, Path tempDir) {
    if (kind.equals("sqlite")) {
      return new TestDatabase(kind, null, tempDir.resolve("data"), null);
    }
    String base = System.getenv(PG_ENV);
    if (base == null || base.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            PG_ENV
                + " is not set: CI must run the server tests against PostgreSQL (.ci/services.sh)");
      }
      Assumptions.abort(
          "PostgreSQL tests skipped: set " + PG_ENV + " (run `. .ci/services.sh` first)");
    }
    String name = "shipshape_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + base, e);
    }
    String url = base.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    return new TestDatabase(kind, url, tempDir.resolve("data"), name);
  }

  public String kind() {
    return kind;
  }

  /** The JDBC URL to give the server; null for SQLite in {@link #dataDir()}. */
  public String url() {
    return url;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    if (dropName == null) {
      return;
    }
    try (Connection c = DriverManager.getConnection(System.getenv(PG_ENV));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + dropName + " WITH (FORCE)");
    } catch (SQLException e) {
      // A leftover test database is harmless; the next CI machine starts empty.
    }
  }
}
