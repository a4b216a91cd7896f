package dev.shipshape.forge;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last syncs of one project gathered, kept on disk between scans ({@link ForgeCache}): the
 * small resources with their ETags, and per list (changes, runs, deployments, incidents) the items
 * read and how far back and up to when the listing was complete. The next sync asks only for what
 * is newer, and first whether the list changed at all.
 */
final class ForgeState {
  /** A resource read whole: its ETag and body, answered again when the forge says 304. */
  record Resource(String etag, JsonNode body) {}

  /**
   * How far a list has been read: {@code key} names what it was read for (a branch, a label; a new
   * key starts it afresh), every item of time in [{@code coveredSince}, {@code highWater}] is held,
   * and {@code etag} is the first page's at that time.
   */
  static final class Part {
    public String key;
    public Instant coveredSince;
    public Instant highWater;
    public String etag;
    public Instant syncedAt;

    /** Whether a sync for items since {@code since} must read further back than before. */
    boolean extendsBack(Instant since) {
      return coveredSince == null || since.isBefore(coveredSince);
    }

    /** Where a listing newest first may stop: before this, every item is held already. */
    Instant stopAt(Instant since, Duration margin) {
      if (extendsBack(since) || highWater == null) {
        return since;
      }
      Instant s = highWater.minus(margin);
      return s.isBefore(since) ? since : s;
    }
  }

  public Map<String, Resource> resources = new TreeMap<>();
  public Map<String, Part> parts = new TreeMap<>();
  public Map<Integer, ChangeRequest> changes = new TreeMap<>();
  public Map<String, PipelineRun> runs = new TreeMap<>();
  public Map<String, ForgeDeployment> deployments = new TreeMap<>();
  public Map<Integer, ForgeIssue> incidents = new TreeMap<>();
  public BranchProtection protection;
  public String defaultBranch;

  /** The part named {@code name} for {@code key}; a different key empties what it held. */
  Part part(String name, String key, Runnable clear) {
    Part p = parts.get(name);
    if (p == null || !java.util.Objects.equals(p.key, key)) {
      p = new Part();
      p.key = key;
      parts.put(name, p);
      clear.run();
    }
    return p;
  }
}
