package dev.shipshape.checks.versioncontrol;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.Scope;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.tree.CommittedOutputs;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@CheckInfo(
    id = "version-control/clean-tree",
    practice = Practice.VERSION_CONTROL,
    title = "Only sources are committed: no build outputs, dependencies, binaries or huge files",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Remove build outputs, dependency folders and binaries from the repository (git rm -r"
            + " --cached) and list them in .gitignore; keep large files in a registry or Git LFS.")
public final class CleanTreeCheck implements Check {
  static final int POINTS_PER_OFFENDER = 2;

  @Override
  public Outcome evaluate(Facts facts) {
    List<SourceFile> files =
        facts.files().all().stream()
            .filter(f -> f.file().regular())
            // test inputs and ignored paths may hold binaries on purpose
            .filter(f -> f.scope() != Scope.TEST_DATA && f.scope() != Scope.IGNORED)
            .toList();
    // the build files of each folder, to tell target/ beside a pom.xml from any folder named so
    Map<String, List<String>> buildFilesByFolder = new HashMap<>();
    for (SourceFile f : files) {
      if (CommittedOutputs.OUTPUT_FOLDERS.stream()
          .anyMatch(o -> o.buildFile().matcher(f.name()).matches())) {
        buildFilesByFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f.name());
      }
    }
    boolean javascriptAction =
        facts.files().get("action.yml").or(() -> facts.files().get("action.yaml")).isPresent();

    Map<String, Integer> folders = new LinkedHashMap<>();
    List<Evidence> offenders = new ArrayList<>();
    int unknownSize = 0;
    for (SourceFile f : files) {
      String folder = offendingFolder(f.path(), buildFilesByFolder, javascriptAction);
      if (folder != null) {
        folders.merge(folder, 1, Integer::sum);
        continue;
      }
      if (CommittedOutputs.EXEMPT.matcher(f.path()).matches()) {
        continue;
      }
      long size = f.file().size();
      if (CommittedOutputs.BINARY.matcher(f.name()).matches()) {
        offenders.add(Evidence.file(f.path(), "compiled binary or package"));
      } else if (size > CommittedOutputs.LARGE_FILE_BYTES) {
        offenders.add(
            Evidence.file(f.path(), "large file: " + (size / 1_000_000) + " MB (over 5 MB)"));
      } else if (size < 0) {
        unknownSize++;
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    folders.forEach(
        (folder, count) ->
            evidence.add(
                Evidence.file(
                    folder + "/", "dependency or build output folder: " + count + " files")));
    evidence.addAll(offenders);
    int count = evidence.size();
    int score = Math.max(0, 10 - POINTS_PER_OFFENDER * count);
    List<Evidence> shown = new ArrayList<>(evidence.subList(0, Math.min(20, count)));
    if (count > shown.size()) {
      shown.add(Evidence.note((count - shown.size()) + " more offenders not listed"));
    }
    if (unknownSize > 0) {
      // a partial clone did not fetch these blobs: over 1 MiB, size unknown
      shown.add(
          Evidence.note(
              unknownSize + " files over 1 MiB whose size is unknown (not fetched); not counted"));
    }
    String summary =
        count == 0
            ? "No build outputs, dependency folders, binaries or files over 5 MB in "
                + files.size()
                + " files."
            : count
                + " committed offender"
                + (count == 1 ? "" : "s")
                + " (build outputs,"
                + " dependencies, binaries or files over 5 MB).";
    if (count == 0) {
      shown.add(Evidence.note(files.size() + " committed files checked"));
    }
    return Outcome.score(score, summary, shown);
  }

  /**
   * The outermost dependency or build-output folder holding this path, or null. Output folders
   * count only beside the build file that writes them ({@code target/} beside a {@code pom.xml}).
   */
  private static String offendingFolder(
      String path, Map<String, List<String>> namesByFolder, boolean javascriptAction) {
    String[] parts = path.split("/");
    StringBuilder parent = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      String dir = parts[i];
      String here = parent.length() == 0 ? dir : parent + "/" + dir;
      if (CommittedOutputs.DEPENDENCY_FOLDERS.contains(dir)) {
        return here;
      }
      List<String> siblings = namesByFolder.getOrDefault(parent.toString(), List.of());
      for (CommittedOutputs.OutputFolder out : CommittedOutputs.OUTPUT_FOLDERS) {
        if (out.folder().equals(dir)
            && !(javascriptAction && dir.equals("dist"))
            && siblings.stream().anyMatch(n -> out.buildFile().matcher(n).matches())) {
          return here;
        }
      }
      parent.setLength(0);
      parent.append(here);
    }
    return null;
  }
}
