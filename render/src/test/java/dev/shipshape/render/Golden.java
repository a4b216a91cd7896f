package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Run the build with {@code
 * -Dgolden.update=true} to rewrite them from the current output, then review the diff.
 */
final class Golden {

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String fileName, String actual) throws IOException {
    Path file = DIR.resolve(fileName);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s is missing: run the build with -Dgolden.update=true", file)
        .exists();
    assertThat(actual)
        .as("output differs from %s (to accept it: -Dgolden.update=true)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
