package dev.shipshape.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Every report of every repository, as its JSON, and the scan runs that made them. */
public final class ReportStore {
  /**
   * The end of a scan, done or failed, for {@code UPDATE repositories SET ...}: this node's claim
   * released, the request it served dropped, the next scheduled scan set. Parameters: node, node,
   * the scan's start, now, the repository id.
   */
  private static final String END_OF_SCAN =
      " claimed_by = CASE WHEN claimed_by = ? THEN NULL ELSE claimed_by END,"
          + " claimed_at = CASE WHEN claimed_by = ? THEN NULL ELSE claimed_at END,"
          + " scan_requested_at = CASE WHEN scan_requested_at <= ? THEN NULL"
          + " ELSE scan_requested_at END,"
          + " next_scan_at = CASE WHEN scan_interval_minutes IS NULL THEN NULL"
          + " ELSE ? + scan_interval_minutes * 60000 END"
          + " WHERE id = ?";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One report in a repository's history. */
  public record ReportEntry(
      long id, long scannedAt, String revision, Integer score, String stage) {}

  /** A dashboard row: the repository, its latest digest (null before the first scan). */
  public record PortfolioRow(
      RegisteredRepository repository,
      Long scannedAt,
      ReportDigest latest,
      Integer previousScore) {}

  private final Database db;

  public ReportStore(Database db) {
    this.db = db;
  }

  /** Records that {@code node} started scanning; the run's id. */
  public long startRun(long repositoryId, String node, long now) {
    return db.transaction(
        c ->
            Database.insert(
                c,
                "INSERT INTO scan_runs (repository_id, node, started_at) VALUES (?, ?, ?)",
                repositoryId,
                node,
                now));
  }

  /**
   * Stores a finished scan in one transaction: the report, the repository's latest and previous
   * reports, its next scheduled time, and the end of the claim and of the run.
   */
  public long saveScan(
      long repositoryId,
      String node,
      long runId,
      long startedAt,
      long now,
      String revision,
      ReportDigest digest,
      String reportJson,
      String reportHtml) {
    String digestJson;
    try {
      digestJson = JSON.writeValueAsString(digest);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return db.transaction(
        c -> {
          long reportId =
              Database.insert(
                  c,
                  "INSERT INTO reports (repository_id, scanned_at, revision, score, stage,"
                      + " digest_json, report_json, report_html) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  repositoryId,
                  now,
                  revision,
                  digest.score(),
                  digest.stage(),
                  digestJson,
                  reportJson,
                  reportHtml);
          Database.update(
              c,
              "UPDATE repositories SET previous_report_id = latest_report_id,"
                  + " latest_report_id = ?, last_error = NULL,"
                  + END_OF_SCAN,
              reportId,
              node,
              node,
              startedAt,
              now,
              repositoryId);
          Database.update(
              c,
              "UPDATE scan_runs SET finished_at = ?, outcome = 'done', report_id = ? WHERE id = ?",
              now,
              reportId,
              runId);
          return reportId;
        });
  }

  /** A scan that failed: the error is kept for the repository page; the request is dropped. */
  public void failScan(
      long repositoryId, String node, long runId, long startedAt, long now, String error) {
    db.transaction(
        c -> {
          Database.update(
              c,
              "UPDATE repositories SET last_error = ?," + END_OF_SCAN,
              error,
              node,
              node,
              startedAt,
              now,
              repositoryId);
          return Database.update(
              c,
              "UPDATE scan_runs SET finished_at = ?, outcome = 'failed' WHERE id = ?",
              now,
              runId);
        });
  }

  /** The JSON of one report. */
  public Optional<String> reportJson(long reportId) {
    return db.queryOne(
        "SELECT report_json FROM reports WHERE id = ?", rs -> rs.getString(1), reportId);
  }

  /** A report's HTML page; empty when there is no such report or it was stored without one. */
  public Optional<String> reportHtml(long reportId) {
    // a column, not a row, may be null: a list, not queryOne
    return db
        .query("SELECT report_html FROM reports WHERE id = ?", rs -> rs.getString(1), reportId)
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /** One stored report's time and JSON. */
  public record StoredReport(long scannedAt, String json) {}

  /** A repository's latest {@code limit} reports as JSON, oldest first. */
  public List<StoredReport> recentReports(long repositoryId, int limit) {
    List<StoredReport> newestFirst =
        db.query(
            "SELECT scanned_at, report_json FROM reports WHERE repository_id = ?"
                + " ORDER BY scanned_at DESC, id DESC LIMIT ?",
            rs -> new StoredReport(rs.getLong(1), rs.getString(2)),
            repositoryId,
            limit);
    List<StoredReport> oldestFirst = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** A repository's reports, oldest first. */
  public List<ReportEntry> history(long repositoryId) {
    return db.query(
        "SELECT id, scanned_at, revision, score, stage FROM reports WHERE repository_id = ?"
            + " ORDER BY scanned_at, id",
        rs ->
            new ReportEntry(
                rs.getLong("id"),
                rs.getLong("scanned_at"),
                rs.getString("revision"),
                Database.intOrNull(rs, "score"),
                rs.getString("stage")),
        repositoryId);
  }

  /** One row per repository with its latest digest and the previous score, by name. */
  public List<PortfolioRow> portfolio() {
    return db.query(
        "SELECT r.id, r.name, r.location, r.team, r.created_at, r.scan_interval_minutes,"
            + " r.next_scan_at, r.scan_requested_at, r.claimed_by, r.claimed_at,"
            + " r.latest_report_id, r.last_error,"
            + " l.scanned_at AS l_scanned_at, l.digest_json AS l_digest, p.score AS p_score"
            + " FROM repositories r"
            + " LEFT JOIN reports l ON l.id = r.latest_report_id"
            + " LEFT JOIN reports p ON p.id = r.previous_report_id"
            + " ORDER BY r.name",
        ReportStore::portfolioRow);
  }

  /** Every scan run, in the order they started (tests check that claims kept them apart). */
  public List<ScanRun> allRuns() {
    return db.query(
        "SELECT repository_id, node, started_at, finished_at, outcome FROM scan_runs ORDER BY id",
        rs ->
            new ScanRun(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                Database.longOrNull(rs, "finished_at"),
                rs.getString(5)));
  }

  /** One scan by one server process. */
  public record ScanRun(
      long repositoryId, String node, long startedAt, Long finishedAt, String outcome) {}

  private static PortfolioRow portfolioRow(ResultSet rs) throws SQLException {
    String digest = rs.getString("l_digest");
    ReportDigest latest;
    try {
      latest = digest == null ? null : JSON.readValue(digest, ReportDigest.class);
    } catch (JsonProcessingException e) {
      throw new SQLException("unreadable report digest", e);
    }
    return new PortfolioRow(
        RepositoryStore.row(rs),
        Database.longOrNull(rs, "l_scanned_at"),
        latest,
        Database.intOrNull(rs, "p_score"));
  }
}
