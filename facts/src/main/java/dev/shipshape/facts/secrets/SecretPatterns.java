package dev.shipshape.facts.secrets;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a committed secret looks like, as data: one line per kind of credential, each with the
 * literal texts that must appear on the line before its regular expression is tried (a cheap
 * pre-filter: most files contain none of them), plus the vocabulary of the high-entropy rule.
 */
public final class SecretPatterns {
  /** A kind of credential: any of {@code literals} on a line, then {@code pattern} on that line. */
  public record SecretPattern(String kind, List<String> literals, Pattern pattern) {}

  private static SecretPattern of(String kind, List<String> literals, String regex) {
    return new SecretPattern(kind, literals, Pattern.compile(regex));
  }

  /** More specific kinds first: a line is reported once, under the first kind that matches. */
  public static final List<SecretPattern> ALL =
      List.of(
          of(
              "GCP service account key",
              List.of("\"private_key\""),
              "\"private_key\"\\s*:\\s*\"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
          of(
              "private key",
              List.of("-----BEGIN "),
              "-----BEGIN ((RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----"),
          of("AWS access key", List.of("AKIA", "ASIA"), "\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),
          of("Azure storage account key", List.of("AccountKey="), "AccountKey=[A-Za-z0-9+/]{86}=="),
          of("Google API key", List.of("AIza"), "\\bAIza[0-9A-Za-z_-]{35}\\b"),
          of(
              "GitHub token",
              List.of("ghp_", "gho_", "ghs_", "ghu_", "ghr_"),
              "\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
          of("GitHub token", List.of("github_pat_"), "\\bgithub_pat_[A-Za-z0-9_]{22,}"),
          of("GitLab token", List.of("glpat-"), "\\bglpat-[A-Za-z0-9_-]{20,}"),
          of(
              "Slack webhook",
              List.of("hooks.slack.com/"),
              "hooks\\.slack\\.com/(services|workflows)/T[A-Z0-9]+/[A-Z0-9]+/[A-Za-z0-9]+"),
          of("Slack token", List.of("xox"), "\\bxox[abposr]-[0-9A-Za-z-]{10,}"),
          of(
              "Discord webhook",
              List.of("/api/webhooks/"),
              "discord(app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{20,}"),
          of(
              "Microsoft Teams webhook",
              List.of("webhook.office.com"),
              "[a-z0-9-]+\\.webhook\\.office\\.com/webhook(b2)?/[A-Za-z0-9@/_-]{20,}"),
          of(
              "Stripe secret key",
              List.of("sk_live_", "rk_live_"),
              "\\b[rs]k_live_[0-9A-Za-z]{20,}"),
          of("Twilio API key", List.of("SK"), "\\bSK[0-9a-f]{32}\\b"),
          of("npm token", List.of("npm_"), "\\bnpm_[A-Za-z0-9]{36}\\b"),
          of("npm token", List.of("_authToken="), "_authToken=(?!\\$\\{)[A-Za-z0-9-]{20,}"));

  /** Names that hold credentials (matched in lower case; the value must be high-entropy). */
  public static final List<String> CREDENTIAL_NAMES =
      List.of(
          "password",
          "passwd",
          "pwd",
          "secret",
          "token",
          "api_key",
          "api-key",
          "apikey",
          "access_key",
          "accesskey",
          "private_key",
          "credential");

  /** A name holding a credential, assigned a literal value (quoted, or unquoted to line end). */
  public static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?i)(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[\\w.-]*[\"']?\\s*(:=|=>|=(?!=)|:)\\s*(?:[\"'`]([^\"'`\\s]{12,})[\"'`]|([^\"'`\\s,;#]{12,})\\s*(?:[,;#].*)?$)");

  /** Shannon entropy (bits per character) at or above which an assigned value looks random. */
  public static final double ENTROPY_THRESHOLD = 3.5;

  /** Values containing any of these (in lower case) are placeholders, templates or references. */
  public static final List<String> PLACEHOLDERS =
      List.of(
          "changeme",
          "change_me",
          "change-me",
          "example",
          "xxx",
          "placeholder",
          "dummy",
          "sample",
          "fake",
          "your",
          "redacted",
          "replace",
          "todo",
          "test",
          "secret",
          "password",
          "${",
          "{{",
          "%(",
          "<",
          ">",
          "://",
          "(",
          "*****",
          "...");

  /** File names that are never scanned: lockfiles of hashes and scanners' own baselines. */
  public static final Set<String> SKIPPED_NAMES =
      Set.of(
          ".secrets.baseline",
          "package-lock.json",
          "npm-shrinkwrap.json",
          "yarn.lock",
          "pnpm-lock.yaml",
          "go.sum",
          "Cargo.lock",
          "poetry.lock",
          "Pipfile.lock",
          "composer.lock",
          "Gemfile.lock",
          "gradle.lockfile",
          "packages.lock.json");

  /** Extensions of binary files, skipped without being read. */
  public static final Set<String> BINARY_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tiff", "psd", "pdf", "zip", "gz",
          "tgz", "bz2", "xz", "7z", "rar", "jar", "war", "ear", "class", "so", "dll", "dylib",
          "exe", "bin", "o", "a", "lib", "pyc", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4",
          "mov", "avi", "wav", "ogg", "webm", "sqlite", "db", "parquet", "avro");

  private SecretPatterns() {}
}
