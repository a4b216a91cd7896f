package dev.shipshape.facts.pipeline;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a pipeline step delegates to, read as text — never run — so that a check can see the
 * commands it really runs: the repository's own scripts it names ({@code bash .ci/run}, {@code
 * ./scripts/test.sh}); the recipes of the build targets it runs ({@code make test}, {@code npm run
 * e2e}, {@code yarn lint}, {@code just check}) with those they need, one level further; and the
 * config of a tool any of that runs. One level deep, small files only.
 */
public final class ScriptsRun {
  private static final long MAX_SCRIPT_BYTES = 64 * 1024;

  /**
   * Tools whose commands live in a config file, the nearest one up from where they run: a step
   * running the tool runs what its config names (tox runs bandit, pre-commit runs gitleaks,
   * golangci-lint runs gosec).
   */
  private static final List<Map.Entry<Pattern, List<String>>> TOOL_CONFIGS =
      List.of(
          Map.entry(Pattern.compile("\\btox\\b"), List.of("tox.ini")),
          Map.entry(Pattern.compile("\\bnox\\b"), List.of("noxfile.py")),
          Map.entry(
              Pattern.compile("\\bpre-commit\\s+run|pre-commit/action|\\bprek\\s+run"),
              List.of(".pre-commit-config.yaml", ".pre-commit-config.yml")),
          Map.entry(
              Pattern.compile("golangci-lint|golangci/golangci-lint-action"),
              List.of(".golangci.yml", ".golangci.yaml", ".golangci.toml")));

  private ScriptsRun() {}

  /** What {@code step} runs, read from the folder it runs in. */
  public static String expand(PipelineStep step, ProjectFiles files) {
    return expand(step.text(), step.folder(), files);
  }

  /**
   * The command's own text followed by the text of each own script it names, the recipe lines of
   * the build targets it runs, and the configs of the tools all these run; paths are taken from
   * {@code folder} ({@code ""}: the root) and never leave the repository.
   */
  public static String expand(String command, String folder, ProjectFiles files) {
    List<String> parts = new ArrayList<>();
    parts.add(command);
    for (String token : command.split("[\\s;&|()'\"`]+")) {
      if (token.startsWith("-")) {
        continue;
      }
      ShellCommand.within(folder, token).flatMap(path -> read(path, files)).ifPresent(parts::add);
    }
    for (TargetRun run : TargetRun.in(command, folder)) {
      run.files().stream()
          .filter(path -> files.get(path).isPresent())
          .findFirst()
          .flatMap(path -> read(path, files))
          .ifPresent(buildFile -> parts.addAll(run.kind().read(buildFile).linesOf(run.targets())));
    }
    String runs = String.join("\n", parts);
    for (Map.Entry<Pattern, List<String>> tool : TOOL_CONFIGS) {
      if (tool.getKey().matcher(runs).find()) {
        nearest(folder, tool.getValue(), files).ifPresent(parts::add);
      }
    }
    return String.join("\n", parts);
  }

  /** The first of {@code names} found in {@code folder}, else in the nearest folder above it. */
  private static Optional<String> nearest(String folder, List<String> names, ProjectFiles files) {
    String dir = folder;
    while (true) {
      for (String name : names) {
        Optional<String> config = ShellCommand.within(dir, name).flatMap(path -> read(path, files));
        if (config.isPresent()) {
          return config;
        }
      }
      if (dir.isEmpty()) {
        return Optional.empty();
      }
      dir = ShellCommand.within(dir, "..").orElseThrow();
    }
  }

  private static Optional<String> read(String path, ProjectFiles files) {
    Optional<SourceFile> script = files.get(path);
    if (script.isPresent()
        && script.get().own()
        && script.get().file().regular()
        && script.get().file().size() <= MAX_SCRIPT_BYTES) {
      return files.text(script.get());
    }
    return Optional.empty();
  }
}
