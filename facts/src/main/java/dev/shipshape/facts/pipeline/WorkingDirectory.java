package dev.shipshape.facts.pipeline;

import java.util.regex.Pattern;

/**
 * The folder, relative to the repository's root, that a working directory declared in a pipeline
 * names: {@code ""} for the root and for what cannot be known without running the pipeline.
 */
final class WorkingDirectory {
  /** The variables, per system, that name the root of the checked-out repository. */
  private static final Pattern ROOT =
      Pattern.compile(
          "^(\\$\\{\\{\\s*github\\.workspace\\s*}}|\\$GITHUB_WORKSPACE|\\$\\{GITHUB_WORKSPACE}"
              + "|\\$\\((Build\\.SourcesDirectory|System\\.DefaultWorkingDirectory"
              + "|Build\\.Repository\\.LocalPath)\\))(/|$)",
          Pattern.CASE_INSENSITIVE);

  private WorkingDirectory() {}

  static String folder(String declared) {
    String path = ROOT.matcher(declared.strip()).replaceFirst("");
    return ShellCommand.within("", path).orElse("");
  }
}
