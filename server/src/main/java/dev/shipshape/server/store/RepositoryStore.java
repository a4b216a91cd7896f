package dev.shipshape.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The portfolio's repositories, their schedules and the claims that keep scans exclusive. */
public final class RepositoryStore {
  private static final String COLUMNS =
      "id, name, location, team, created_at, scan_interval_minutes, next_scan_at,"
          + " scan_requested_at, claimed_by, claimed_at, latest_report_id, last_error";

  private final Database db;

  public RepositoryStore(Database db) {
    this.db = db;
  }

  /**
   * Adds a repository, its first scan requested now; empty when the name is taken. {@code
   * intervalMinutes} null: scanned on demand only.
   */
  public Optional<RegisteredRepository> register(
      String name, String location, String team, Integer intervalMinutes, long now) {
    Long nextScan = intervalMinutes == null ? null : now + intervalMinutes * 60_000L;
    List<Long> ids =
        db.transaction(
            c ->
                Database.query(
                    c,
                    "INSERT INTO repositories (name, location, team, created_at,"
                        + " scan_interval_minutes, next_scan_at, scan_requested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id",
                    rs -> rs.getLong(1),
                    name,
                    location,
                    team,
                    now,
                    intervalMinutes,
                    nextScan,
                    now));
    return ids.isEmpty() ? Optional.empty() : findById(ids.get(0));
  }

  public List<RegisteredRepository> list() {
    return db.query("SELECT " + COLUMNS + " FROM repositories ORDER BY name", RepositoryStore::row);
  }

  public Optional<RegisteredRepository> find(String name) {
    return db.queryOne(
        "SELECT " + COLUMNS + " FROM repositories WHERE name = ?", RepositoryStore::row, name);
  }

  public Optional<RegisteredRepository> findById(long id) {
    return db.queryOne(
        "SELECT " + COLUMNS + " FROM repositories WHERE id = ?", RepositoryStore::row, id);
  }

  /** Asks for a scan; any server process sharing the database may run it. */
  public boolean requestScan(long id, long now) {
    return db.update(
            "UPDATE repositories SET scan_requested_at = COALESCE(scan_requested_at, ?) WHERE id = ?",
            now,
            id)
        == 1;
  }

  /** The HMAC secret webhooks of this project must sign with; null turns signing off. */
  public void setWebhookSecret(long id, String secret) {
    db.update("UPDATE repositories SET webhook_secret = ? WHERE id = ?", secret, id);
  }

  /** Where a project's events go: the repository and its webhook secret (null: none). */
  public record IntakeTarget(long repositoryId, String webhookSecret) {}

  /** One query per event, since intake is the server's hot path. */
  public Optional<IntakeTarget> intakeTarget(String project) {
    return db.queryOne(
        "SELECT id, webhook_secret FROM repositories WHERE name = ?",
        rs -> new IntakeTarget(rs.getLong(1), rs.getString(2)),
        project);
  }

  /** Repositories with a scan requested or due, not claimed by a live process; oldest first. */
  public List<Long> due(long now, long staleBefore, int limit) {
    return db.query(
        "SELECT id FROM repositories"
            + " WHERE (scan_requested_at IS NOT NULL OR next_scan_at <= ?)"
            + " AND (claimed_by IS NULL OR claimed_at < ?)"
            + " ORDER BY COALESCE(scan_requested_at, next_scan_at), id LIMIT ?",
        rs -> rs.getLong(1),
        now,
        staleBefore,
        limit);
  }

  /**
   * Claims a repository for {@code node}'s scan: one UPDATE that succeeds for one process only,
   * unless the previous claim is older than {@code staleBefore} (its process died).
   */
  public boolean claim(long id, String node, long now, long staleBefore) {
    return db.update(
            "UPDATE repositories SET claimed_by = ?, claimed_at = ?"
                + " WHERE id = ? AND (claimed_by IS NULL OR claimed_at < ?)",
            node,
            now,
            id,
            staleBefore)
        == 1;
  }

  /** Keeps a long scan's claim fresh. */
  public boolean renewClaim(long id, String node, long now) {
    return db.update(
            "UPDATE repositories SET claimed_at = ? WHERE id = ? AND claimed_by = ?", now, id, node)
        == 1;
  }

  static RegisteredRepository row(ResultSet rs) throws SQLException {
    return new RegisteredRepository(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("location"),
        rs.getString("team"),
        rs.getLong("created_at"),
        Database.intOrNull(rs, "scan_interval_minutes"),
        Database.longOrNull(rs, "next_scan_at"),
        Database.longOrNull(rs, "scan_requested_at"),
        rs.getString("claimed_by"),
        Database.longOrNull(rs, "claimed_at"),
        Database.longOrNull(rs, "latest_report_id"),
        rs.getString("last_error"));
  }
}
