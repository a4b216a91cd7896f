package dev.shipshape.repository;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How to open a snapshot: the folder of the per-commit cache (null: read everything from the
 * repository and save nothing) and where to report the phase of a long read (for a progress line).
 */
public record SnapshotOptions(Path cacheFolder, Consumer<String> progress) {

  public static final SnapshotOptions NONE = new SnapshotOptions(null, p -> {});

  public SnapshotOptions {
    if (progress == null) {
      progress = p -> {};
    }
  }

  /**
   * The user's cache folder for shipshape: {@code $XDG_CACHE_HOME/shipshape}, else {@code
   * ~/.cache/shipshape}; the system property {@code shipshape.cache} overrides both.
   */
  public static Path userCacheFolder() {
    String set = System.getProperty("shipshape.cache");
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "shipshape");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "shipshape");
  }
}
