package dev.shipshape.facts.pipeline;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The repository's own scripts that a pipeline step runs ({@code bash .ci/run}, {@code
 * ./scripts/test.sh}): their text is read — never run — so that a check can see the commands a step
 * delegates to. One level deep, small files only.
 */
public final class ScriptsRun {
  private static final long MAX_SCRIPT_BYTES = 64 * 1024;

  private ScriptsRun() {}

  /** The step's own text followed by the text of each own script it names. */
  public static String expand(String command, ProjectFiles files) {
    List<String> parts = new ArrayList<>();
    parts.add(command);
    for (String token : command.split("[\\s;&|()'\"`]+")) {
      String path = token.startsWith("./") ? token.substring(2) : token;
      if (path.isEmpty() || path.startsWith("/") || path.startsWith("-") || path.contains("..")) {
        continue;
      }
      Optional<SourceFile> script = files.get(path);
      if (script.isPresent()
          && script.get().own()
          && script.get().file().regular()
          && script.get().file().size() <= MAX_SCRIPT_BYTES) {
        files.text(script.get()).ifPresent(parts::add);
      }
    }
    return String.join("\n", parts);
  }
}
