package dev.shipshape.cli;

import dev.shipshape.facts.config.ConfigReader;
import dev.shipshape.facts.config.ScanConfig;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code --config FILE}: a local configuration that replaces the repository's own. */
final class ConfigFile {
  private static final long MAX_BYTES = 1L << 20;

  private ConfigFile() {}

  /** The configuration in the file; a file that cannot be read is a {@link UserError}. */
  static ScanConfig read(Path file) {
    String text;
    try {
      if (Files.isDirectory(file)) {
        throw new UserError("cannot read config " + file + ": it is a folder");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new UserError("cannot read config " + file + ": over 1 MiB");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserError("cannot read config " + file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new UserError("cannot read config " + file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new UserError("cannot read config " + file + ": " + e.getMessage());
    }
    return ConfigReader.read(file.toString(), text);
  }
}
