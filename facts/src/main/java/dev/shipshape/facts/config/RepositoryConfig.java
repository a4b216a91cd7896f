package dev.shipshape.facts.config;

import dev.shipshape.repository.FileTree;
import java.util.Optional;

/**
 * The configuration committed in the scanned revision: {@code .shipshape.yml} at the root of the
 * snapshot's tree (never the working copy, so the same revision always gives the same report).
 */
public final class RepositoryConfig {
  private RepositoryConfig() {}

  /** The committed configuration, or the defaults when there is none. */
  public static ScanConfig read(FileTree tree) {
    if (tree.file(ConfigReader.FILE_NAME).isEmpty()) {
      return ScanConfig.defaults();
    }
    Optional<String> text = tree.text(ConfigReader.FILE_NAME);
    if (text.isEmpty()) {
      throw new ConfigException(
          ConfigReader.FILE_NAME, 0, "not read: not a regular text file, or over 1 MiB");
    }
    return ConfigReader.read(ConfigReader.FILE_NAME, text.get());
  }
}
