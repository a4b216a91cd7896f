package dev.shipshape.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database of one kind for one test: a SQLite file in a temporary folder, or a new database
 * on a real PostgreSQL server: the one named by {@code SHIPSHAPE_TEST_PG_URL} (CI's, started by
 * {@code .ci/services.sh} from Debian's packages), else one this test run starts itself ({@link
 * LocalPostgres}). Either way every PostgreSQL test runs.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String PG_ENV = "SHIPSHAPE_TEST_PG_URL";

  private final String kind;
  private final String url;
  private final Path dataDir;
  private final String server;
  private final String dropName;

  private TestDatabase(String kind, String url, Path dataDir, String server, String dropName) {
    this.kind = kind;
    this.url = url;
    this.dataDir = dataDir;
    this.server = server;
    this.dropName = dropName;
  }

  public static TestDatabase create(String kind, Path tempDir) {
    if (kind.equals("sqlite")) {
      return new TestDatabase(kind, null, tempDir.resolve("data"), null, null);
    }
    String given = System.getenv(PG_ENV);
    String base = given == null || given.isBlank() ? LocalPostgres.url() : given;
    String name = "shipshape_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + base, e);
    }
    String url = base.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    return new TestDatabase(kind, url, tempDir.resolve("data"), base, name);
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
    try (Connection c = DriverManager.getConnection(server);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + dropName + " WITH (FORCE)");
    } catch (SQLException e) {
      // A leftover test database is harmless; the next CI machine starts empty.
    }
  }
}
