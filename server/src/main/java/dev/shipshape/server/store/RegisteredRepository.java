package dev.shipshape.server.store;

/**
 * A repository in the portfolio. Its {@code name} is also the project name that events, tokens and
 * webhooks use. Times are epoch milliseconds; nullable fields are null when not set.
 */
public record RegisteredRepository(
    long id,
    String name,
    String location,
    String team,
    long createdAt,
    Integer scanIntervalMinutes,
    Long nextScanAt,
    Long scanRequestedAt,
    String claimedBy,
    Long claimedAt,
    Long latestReportId,
    String lastError) {

  /** Whether a server process holds a fresh claim on it (it is being scanned). */
  public boolean scanning(long staleBefore) {
    return claimedBy != null && claimedAt != null && claimedAt >= staleBefore;
  }
}
