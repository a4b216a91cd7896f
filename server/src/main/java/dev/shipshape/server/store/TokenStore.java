package dev.shipshape.server.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API tokens and browser sessions. Only SHA-256 hashes are stored: a token is shown once, when it
 * is made, and cannot be read back from the database.
 */
public final class TokenStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token that was presented and found. {@code project} null: an admin token. */
  public record Principal(long tokenId, String project, String label) {
    public boolean admin() {
      return project == null;
    }

    /** Whether it may write to {@code project}'s data. */
    public boolean mayWrite(String project) {
      return admin() || this.project.equals(project);
    }
  }

  /** Found tokens, kept briefly: a token is looked up on every write. */
  private static final long CACHE_MILLIS = 30_000;

  private record Cached(Principal principal, long until) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Database db;

  public TokenStore(Database db) {
    this.db = db;
  }

  /** Makes a token for {@code project} (null: admin); returns the token itself, once. */
  public String create(String project, String label, long now) {
    String token = "ss_" + randomText();
    db.transaction(
        c ->
            Database.insert(
                c,
                "INSERT INTO api_tokens (token_hash, project, label, created_at) VALUES (?, ?, ?, ?)",
                hash(token),
                project,
                label,
                now));
    return token;
  }

  /**
   * The first admin token, made only by the first process to start on an empty database (the
   * settings row is the guard when two start at once); empty when one was made before.
   */
  public Optional<String> createFirstAdminToken(long now) {
    boolean first =
        db.update(
                "INSERT INTO settings (name, value) VALUES ('first-admin-token', ?)"
                    + " ON CONFLICT (name) DO NOTHING",
                Long.toString(now))
            == 1;
    return first ? Optional.of(create(null, "first admin token", now)) : Optional.empty();
  }

  public Optional<Principal> find(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    String hash = hash(token);
    long now = System.currentTimeMillis();
    Cached cached = cache.get(hash);
    if (cached != null && cached.until() > now) {
      return Optional.of(cached.principal());
    }
    Optional<Principal> found =
        db.queryOne(
            "SELECT id, project, label FROM api_tokens WHERE token_hash = ?",
            rs -> new Principal(rs.getLong(1), rs.getString(2), rs.getString(3)),
            hash);
    if (found.isPresent()) {
      if (cache.size() > 10_000) {
        cache.clear();
      }
      cache.put(hash, new Cached(found.get(), now + CACHE_MILLIS));
    }
    return found;
  }

  /** Opens a browser session for a token; returns the session cookie's value. */
  public String openSession(Principal principal, long expiresAt) {
    String session = randomText();
    db.update(
        "INSERT INTO web_sessions (session_hash, token_id, expires_at) VALUES (?, ?, ?)",
        hash(session),
        principal.tokenId(),
        expiresAt);
    return session;
  }

  public Optional<Principal> session(String session, long now) {
    if (session == null || session.isBlank() || session.length() > 200) {
      return Optional.empty();
    }
    return db.queryOne(
        "SELECT t.id, t.project, t.label FROM web_sessions s JOIN api_tokens t ON t.id = s.token_id"
            + " WHERE s.session_hash = ? AND s.expires_at > ?",
        rs -> new Principal(rs.getLong(1), rs.getString(2), rs.getString(3)),
        hash(session),
        now);
  }

  public void closeSession(String session) {
    if (session != null) {
      db.update("DELETE FROM web_sessions WHERE session_hash = ?", hash(session));
    }
  }

  /**
   * A secret shared by every server process on this database (signs CSRF tokens), made on first
   * use.
   */
  public String serverSecret() {
    db.update(
        "INSERT INTO settings (name, value) VALUES ('server-secret', ?)"
            + " ON CONFLICT (name) DO NOTHING",
        randomText());
    return db.queryOne(
            "SELECT value FROM settings WHERE name = 'server-secret'", rs -> rs.getString(1))
        .orElseThrow();
  }

  public static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomText() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
