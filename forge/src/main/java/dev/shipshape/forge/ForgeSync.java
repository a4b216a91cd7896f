package dev.shipshape.forge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.forge.ForgeData.Aspect;
import dev.shipshape.model.Diagnostic;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One sync of one project: each aspect read on its own, from where the last sync left off. An
 * aspect the forge refuses keeps what an earlier sync gathered (and says how old it is) or is
 * missing; a refusal that concerns every request (budget, rate limit, bad token, forge down) ends
 * the sync, and the aspects not yet read degrade the same way.
 */
abstract class ForgeSync {
  /** Runs and deployments change state after they are created: read again this far back. */
  static final Duration UNFINISHED_MARGIN = Duration.ofDays(1);

  protected final ForgeHttp http;
  protected final ForgeProject project;
  protected final ForgeState state;
  protected final Instant since;
  protected final String incidentLabel;
  protected final ForgeClock clock;
  protected String branch;

  private final Map<Aspect, String> missing = new EnumMap<>(Aspect.class);
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private ForgeException stopped;
  private final java.util.Set<String> readNow = new java.util.HashSet<>();

  ForgeSync(ForgeHttp http, SyncRequest request, ForgeState state) {
    this.http = http;
    this.project = request.project();
    this.state = state;
    this.since = request.since() == null ? Instant.EPOCH : request.since();
    this.incidentLabel = request.incidentLabel();
    this.clock = request.clock();
    this.branch = request.branch();
  }

  /** What one sync needs besides the HTTP client. */
  record SyncRequest(
      ForgeProject project, String branch, Instant since, String incidentLabel, ForgeClock clock) {}

  /** Reads every aspect; never throws. */
  final void run() {
    try {
      String def = defaultBranch();
      state.defaultBranch = def;
      if (branch == null) {
        branch = def;
      }
    } catch (ForgeException e) {
      stopped = e;
    }
    if (branch == null && stopped == null) {
      stopped = new ForgeException(ForgeException.Kind.MALFORMED, "no default branch");
    }
    aspect(Aspect.CHANGES, this::syncChanges);
    aspect(Aspect.PROTECTION, this::syncProtection);
    aspect(Aspect.CI, this::syncRuns);
    aspect(Aspect.DEPLOYMENTS, this::syncDeployments);
    aspect(Aspect.INCIDENTS, this::syncIncidents);
  }

  Map<Aspect, String> missing() {
    return missing;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  protected void note(Diagnostic d) {
    diagnostics.add(d);
  }

  private void aspect(Aspect aspect, Runnable read) {
    String reason = null;
    if (stopped != null) {
      reason = stopped.getMessage();
    } else {
      try {
        read.run();
        return;
      } catch (ForgeException e) {
        reason = e.getMessage();
        if (e.stopsSync()) {
          stopped = e;
        }
      }
    }
    ForgeState.Part p = state.parts.get(partName(aspect));
    boolean held =
        aspect == Aspect.PROTECTION ? state.protection != null : p != null && p.syncedAt != null;
    if (held) {
      diagnostics.add(
          Diagnostic.warning(
              "forge: "
                  + aspect.title()
                  + ": "
                  + reason
                  + "; using what an earlier sync read"
                  + (p != null && p.syncedAt != null ? " (" + p.syncedAt + ")" : "")));
    } else {
      missing.put(aspect, reason);
      diagnostics.add(
          Diagnostic.warning(
              "forge: " + aspect.title() + ": " + reason + "; the offline result is used"));
    }
  }

  private static String partName(Aspect a) {
    return switch (a) {
      case CHANGES -> "changes";
      case CI -> "runs";
      case DEPLOYMENTS -> "deployments";
      case INCIDENTS -> "incidents";
      case PROTECTION -> "protection";
    };
  }

  /** The project's default branch (a small resource, read conditionally). */
  protected abstract String defaultBranch();

  protected abstract void syncChanges();

  protected abstract void syncProtection();

  protected abstract void syncRuns();

  protected abstract void syncDeployments();

  protected abstract void syncIncidents();

  /** A resource read whole, conditionally: the body of this answer or of the last one. */
  protected JsonNode resource(String url) {
    ForgeState.Resource held = state.resources.get(url);
    if (held != null && readNow.contains(url)) {
      return held.body(); // asked once per sync
    }
    readNow.add(url);
    ForgeHttp.Page page = http.get(url, held == null ? null : held.etag());
    if (page.notModified() && held != null) {
      return held.body();
    }
    if (page.notModified()) {
      // a 304 to a request we made without a validator: the forge is confused; read it again
      page = http.get(url, null);
    }
    state.resources.put(url, new ForgeState.Resource(page.etag(), page.body()));
    return page.body();
  }

  /** What a listing gave: nothing when its first page was unchanged, else the items read. */
  record Listed(boolean unchanged, List<JsonNode> items, String etag) {}

  /**
   * Reads a list newest first, page by page, until an item whose {@code timeField} is before {@code
   * stopAt}. When the part need not read further back than before, the first page is asked
   * conditionally: unchanged means nothing newer exists.
   */
  protected Listed list(
      ForgeState.Part part, String url, String arrayField, String timeField, Instant stopAt) {
    boolean conditional = part.etag != null && !part.extendsBack(since);
    ForgeHttp.Page page = http.get(url, conditional ? part.etag : null);
    if (page.notModified()) {
      return new Listed(true, List.of(), part.etag);
    }
    String etag = page.etag();
    List<JsonNode> items = new ArrayList<>();
    while (true) {
      JsonNode array = arrayField == null ? page.body() : page.body().path(arrayField);
      if (!array.isArray()) {
        throw new ForgeException(
            ForgeException.Kind.MALFORMED, path(url) + ": expected a list in the answer");
      }
      boolean older = false;
      for (JsonNode item : array) {
        items.add(item);
        Instant t = time(item.path(timeField));
        if (t != null && t.isBefore(stopAt)) {
          older = true;
        }
      }
      if (older || page.next() == null || array.isEmpty()) {
        return new Listed(false, items, etag);
      }
      page = http.get(page.next(), null);
    }
  }

  /** Marks a listing complete: what it holds now reaches back to {@code since}. */
  protected void complete(ForgeState.Part part, Listed listed, Instant newest) {
    if (part.extendsBack(since)) {
      part.coveredSince = since;
    }
    if (newest != null && (part.highWater == null || newest.isAfter(part.highWater))) {
      part.highWater = newest;
    }
    part.etag = listed.etag();
    part.syncedAt = clock.now();
  }

  protected static Instant newest(List<JsonNode> items, String field) {
    Instant max = null;
    for (JsonNode i : items) {
      Instant t = time(i.path(field));
      if (t != null && (max == null || t.isAfter(max))) {
        max = t;
      }
    }
    return max;
  }

  /** Whether an item's time is before the window (items are kept from the window on). */
  protected boolean before(JsonNode timeField) {
    Instant t = time(timeField);
    return t != null && t.isBefore(since);
  }

  static Instant time(JsonNode n) {
    if (n == null || !n.isTextual()) {
      return null;
    }
    String s = n.asText();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String path(String url) {
    return java.net.URI.create(url).getRawPath();
  }

  /** Whether a read of one part may be skipped: answered from what is held, and says so. */
  protected static boolean isAccessProblem(ForgeException e) {
    return e.kind() == ForgeException.Kind.FORBIDDEN || e.kind() == ForgeException.Kind.NOT_FOUND;
  }
}
