package dev.shipshape.forge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A forge token. It is only ever put in the {@code Authorization} header of a request to the
 * forge's API; {@link #toString()} never shows it, and nothing stores it (the forge cache keeps
 * responses' ETags and the facts drawn from them, not the token).
 */
public final class ForgeToken {
  private final String value;
  private final String source;

  private ForgeToken(String value, String source) {
    this.value = value;
    this.source = source;
  }

  /** A token given in code (tests, the server's stored configuration). */
  public static ForgeToken of(String value, String source) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("empty token from " + source);
    }
    return new ForgeToken(value.strip(), source);
  }

  /**
   * The token for {@code kind}: the first line of {@code file} when given, else the forge's
   * environment variable ({@code GITHUB_TOKEN}, {@code GITLAB_TOKEN}); empty when neither has one.
   *
   * @throws IllegalArgumentException with a one-line message (never the file's content) when the
   *     file cannot be read or is empty
   */
  public static Optional<ForgeToken> find(ForgeKind kind, Path file, Map<String, String> env) {
    if (file != null) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        if (first.isEmpty()) {
          throw new IllegalArgumentException("--forge-token-file " + file + " is empty");
        }
        return Optional.of(new ForgeToken(first, "--forge-token-file"));
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("--forge-token-file " + file + ": no such file");
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "--forge-token-file "
                + file
                + ": cannot read it ("
                + e.getClass().getSimpleName()
                + ")");
      }
    }
    String v = env.get(kind.tokenVariable());
    return v == null || v.isBlank()
        ? Optional.empty()
        : Optional.of(new ForgeToken(v.strip(), kind.tokenVariable()));
  }

  /** The header value; only the HTTP client calls this. */
  String bearer() {
    return "Bearer " + value;
  }

  /** Where the token came from, for messages: {@code GITHUB_TOKEN}, {@code --forge-token-file}. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "token from " + source;
  }
}
