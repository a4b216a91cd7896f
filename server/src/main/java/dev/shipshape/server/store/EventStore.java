package dev.shipshape.server.store;

import dev.shipshape.server.intake.DeliveryEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Deployment and incident events per project. An event id is stored once: a second delivery of the
 * same id changes nothing (idempotent intake), except that a later resolution completes an
 * incident.
 */
public final class EventStore {
  /** What happened to an event handed in. */
  public enum Outcome {
    STORED,
    DUPLICATE,
    UPDATED
  }

  /** Counts of a project's events, for the repository page. */
  public record Counts(int deployments, int failedDeployments, int incidents) {}

  private final Database db;

  public EventStore(Database db) {
    this.db = db;
  }

  /** Stores an event; returns once it is committed. */
  public Outcome store(String project, DeliveryEvent e, String payload, long now) {
    return db.transaction(
        c -> {
          int inserted =
              Database.update(
                  c,
                  "INSERT INTO events (project, event_id, kind, source_format, service, environment,"
                      + " commit_sha, result, started_at, finished_at, created_at, resolved_at,"
                      + " deployment_id, root_cause_commit, artifact, received_at, payload)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (project, event_id) DO NOTHING",
                  project,
                  e.id(),
                  e.kind().id(),
                  e.format(),
                  e.service(),
                  e.environment(),
                  e.commit(),
                  e.result(),
                  null, // started_at: the metrics do not use it
                  millis(e.finishedAt()),
                  millis(e.createdAt()),
                  millis(e.resolvedAt()),
                  e.deploymentId(),
                  e.rootCauseCommit(),
                  e.artifact(),
                  now,
                  payload);
          if (inserted == 1) {
            return Outcome.STORED;
          }
          if (e.kind() == DeliveryEvent.Kind.INCIDENT) {
            // An incident arrives in parts (detected, then resolved): a later part completes it.
            List<Long[]> known =
                Database.query(
                    c,
                    "SELECT created_at, resolved_at FROM events WHERE project = ? AND event_id = ?"
                        + " AND kind = 'incident'",
                    rs ->
                        new Long[] {
                          Database.longOrNull(rs, "created_at"),
                          Database.longOrNull(rs, "resolved_at")
                        },
                    project,
                    e.id());
            if (known.isEmpty()) {
              return Outcome.DUPLICATE;
            }
            Long created = known.get(0)[0] != null ? known.get(0)[0] : millis(e.createdAt());
            Long resolved = known.get(0)[1] != null ? known.get(0)[1] : millis(e.resolvedAt());
            if (java.util.Objects.equals(created, known.get(0)[0])
                && java.util.Objects.equals(resolved, known.get(0)[1])) {
              return Outcome.DUPLICATE;
            }
            Database.update(
                c,
                "UPDATE events SET created_at = ?, resolved_at = ? WHERE project = ? AND event_id = ?",
                created,
                resolved,
                project,
                e.id());
            return Outcome.UPDATED;
          }
          return Outcome.DUPLICATE;
        });
  }

  /** Marks an incident resolved (DevLake's close call); false when there is no such incident. */
  public boolean resolve(String project, String eventId, Instant resolvedAt) {
    return db.transaction(
        c -> {
          List<Long> found =
              Database.query(
                  c,
                  "SELECT resolved_at FROM events WHERE project = ? AND event_id = ?"
                      + " AND kind = 'incident'",
                  rs -> rs.getLong(1),
                  project,
                  eventId);
          if (found.isEmpty()) {
            return false;
          }
          Database.update(
              c,
              "UPDATE events SET resolved_at = ? WHERE project = ? AND event_id = ?"
                  + " AND resolved_at IS NULL",
              resolvedAt.toEpochMilli(),
              project,
              eventId);
          return true;
        });
  }

  /** A project's events, oldest first by the time they report. */
  public List<DeliveryEvent> events(String project) {
    return db.query(
        "SELECT * FROM events WHERE project = ? ORDER BY COALESCE(finished_at, created_at), id",
        EventStore::row,
        project);
  }

  public Counts counts(String project) {
    return db.queryOne(
            "SELECT"
                + " SUM(CASE WHEN kind = 'deployment' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN kind = 'deployment' AND result <> 'success' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN kind = 'incident' THEN 1 ELSE 0 END)"
                + " FROM events WHERE project = ?",
            rs -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
            project)
        .orElse(new Counts(0, 0, 0));
  }

  /** Every stored event id of a project (tests use it to prove nothing acknowledged was lost). */
  public List<String> ids(String project) {
    return db.query(
        "SELECT event_id FROM events WHERE project = ? ORDER BY id",
        rs -> rs.getString(1),
        project);
  }

  private static DeliveryEvent row(ResultSet rs) throws SQLException {
    return new DeliveryEvent(
        DeliveryEvent.Kind.fromId(rs.getString("kind")),
        rs.getString("event_id"),
        rs.getString("source_format"),
        rs.getString("service"),
        rs.getString("environment"),
        rs.getString("commit_sha"),
        rs.getString("result"),
        instant(rs, "finished_at"),
        instant(rs, "created_at"),
        instant(rs, "resolved_at"),
        rs.getString("deployment_id"),
        rs.getString("root_cause_commit"),
        rs.getString("artifact"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Long v = Database.longOrNull(rs, column);
    return v == null ? null : Instant.ofEpochMilli(v);
  }

  private static Long millis(Instant t) {
    return t == null ? null : t.toEpochMilli();
  }
}
