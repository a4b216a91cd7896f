package dev.shipshape.checks.learning;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.history.DependencyUpdates;
import dev.shipshape.facts.runtime.EndOfLifeRuntimes;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "continuous-learning/keeping-current",
    practice = Practice.CONTINUOUS_LEARNING,
    title = "Dependencies and runtimes are kept current",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Merge dependency updates regularly (Dependabot or Renovate make it a habit) and move"
            + " runtimes past their end of life to a supported version.")
public final class KeepingCurrentCheck implements Check {
  /** Deducted when no dependency update landed in the window. */
  static final int NO_UPDATES = 5;

  /** Deducted per runtime pinned past its end of life. */
  static final int PER_END_OF_LIFE = 3;

  @Override
  public Outcome evaluate(Facts facts) {
    if (!facts.history().known()) {
      return Outcome.notApplicable(facts.history().unknownReason());
    }
    List<CommitInfo> updates =
        facts.history().commits().stream().filter(DependencyUpdates::isUpdate).toList();
    // A compile target is where a service runs; a library or a distributed program keeps it low
    // on purpose, for its users.
    boolean service = facts.kind() == RepositoryKind.SERVICE;
    List<Evidence> endOfLife =
        EndOfLifeRuntimes.find(facts.files(), facts.window().until()).stream()
            .filter(p -> service || !p.compileTarget())
            .map(EndOfLifeRuntimes.Pin::evidence)
            .toList();
    int score = 10;
    List<Evidence> evidence = new ArrayList<>();
    if (updates.isEmpty()) {
      score -= NO_UPDATES;
      evidence.add(Evidence.note("no dependency-update commit in the window"));
    } else {
      evidence.add(Evidence.note(updates.size() + " dependency-update commits in the window"));
      evidence.add(Evidence.commit(updates.get(0).id(), "latest: " + updates.get(0).subject()));
    }
    score = Math.max(0, score - PER_END_OF_LIFE * endOfLife.size());
    evidence.addAll(endOfLife);
    return Outcome.score(
        score,
        updates.size()
            + " dependency updates landed; "
            + endOfLife.size()
            + " runtimes past end of life.",
        evidence);
  }
}
