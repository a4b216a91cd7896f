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
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "version-control/history",
    practice = Practice.VERSION_CONTROL,
    title = "Work is kept in git, with recent commits and a .gitignore",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation = "Commit work to this repository as it happens and add a .gitignore.")
public final class HistoryCheck implements Check {
  static final int COMMITS_POINTS = 7;
  static final int GITIGNORE_POINTS = 3;

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    List<Evidence> evidence = new ArrayList<>();
    List<CommitInfo> commits = facts.history().commits();
    int score = 0;
    if (!commits.isEmpty()) {
      score += COMMITS_POINTS;
      evidence.add(Evidence.note(commits.size() + " commits in the window"));
      evidence.add(Evidence.commit(commits.get(0).id(), "latest: " + commits.get(0).subject()));
    }
    boolean gitignore = facts.files().get(".gitignore").isPresent();
    if (gitignore) {
      score += GITIGNORE_POINTS;
      evidence.add(Evidence.file(".gitignore", "ignores build outputs and local files"));
    }
    String summary =
        (commits.isEmpty() ? "No commits in the window" : commits.size() + " commits in the window")
            + (gitignore ? ", with a .gitignore." : ", and no .gitignore at the root.");
    Outcome.Scored outcome = Outcome.score(score, summary, evidence);
    if (commits.isEmpty()) {
      return outcome.withRemediation(
          "Commit work to this repository as it happens: nothing was committed in the window.");
    }
    return gitignore
        ? outcome
        : outcome.withRemediation(
            "Add a .gitignore at the root for build outputs, dependencies and local files.");
  }
}
