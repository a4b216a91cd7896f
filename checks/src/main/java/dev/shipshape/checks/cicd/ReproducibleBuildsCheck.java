package dev.shipshape.checks.cicd;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.tree.Lockfiles;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@CheckInfo(
    id = "ci-cd/reproducible-builds",
    practice = Practice.CI_CD,
    title = "Builds are pinned: lockfiles and build wrappers for every ecosystem in use",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Commit the lockfile or build wrapper of each ecosystem in use (package-lock.json,"
            + " poetry.lock, go.sum, Cargo.lock, mvnw, gradlew, …).")
public final class ReproducibleBuildsCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    // one pass over the tree: only manifests and lockfiles go on
    List<SourceFile> own =
        facts.files().own().stream()
            .filter(
                f ->
                    Lockfiles.ALL.stream()
                        .anyMatch(
                            e ->
                                e.manifest().matcher(f.name()).matches()
                                    || e.lock().matcher(f.name()).matches()
                                    || f.name().startsWith("requirements")))
            .toList();
    List<Evidence> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int used = 0;
    int covered = 0;
    for (Lockfiles.Ecosystem e : Lockfiles.ALL) {
      Optional<SourceFile> manifest =
          own.stream().filter(f -> e.manifest().matcher(f.name()).matches()).findFirst();
      if (manifest.isEmpty()) {
        continue;
      }
      used++;
      Optional<SourceFile> lock =
          own.stream().filter(f -> e.lock().matcher(f.name()).matches()).findFirst();
      if (lock.isEmpty() && e.name().equals("python")) {
        lock = pinnedRequirements(facts, own);
      }
      if (lock.isPresent()) {
        covered++;
        evidence.add(Evidence.file(lock.get().path(), e.name() + " pinned"));
      } else {
        missing.add(e.name() + ": " + e.suggestion());
        evidence.add(
            Evidence.file(manifest.get().path(), e.name() + " in use, no lockfile or wrapper"));
      }
    }
    if (used == 0) {
      return Outcome.notApplicable("no package manager or build tool manifest in the repository");
    }
    int score = (int) Math.round(10.0 * covered / used);
    Outcome.Scored outcome =
        Outcome.score(score, covered + " of " + used + " ecosystems in use are pinned.", evidence);
    return missing.isEmpty() ? outcome : outcome.withRemediation(String.join("; ", missing) + ".");
  }

  private static Optional<SourceFile> pinnedRequirements(Facts facts, List<SourceFile> own) {
    return own.stream()
        .filter(f -> f.name().matches("requirements[^/]*\\.txt"))
        .filter(f -> facts.files().text(f).map(Lockfiles::pinsEveryRequirement).orElse(false))
        .findFirst();
  }
}
