package dev.shipshape.checks.security;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.history.DependencyUpdateCommits;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import dev.shipshape.repository.CommitInfo;
import java.util.ArrayList;
import java.util.List;

@CheckInfo(
    id = "security-compliance/dependency-updates",
    practice = Practice.SECURITY_COMPLIANCE,
    title = "Dependency updates are automated and land",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE},
    remediation =
        "Configure Dependabot (.github/dependabot.yml) or Renovate (renovate.json) for every"
            + " ecosystem in use, and merge the updates it proposes.")
public final class DependencyUpdatesCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> config =
        facts.inventory().evidence(InventoryCategory.SECURITY, "dependency-updates");
    List<CommitInfo> landed =
        facts.history().known() ? DependencyUpdateCommits.in(facts.history()) : List.of();
    List<Evidence> evidence = new ArrayList<>(config);
    if (!landed.isEmpty()) {
      evidence.add(Evidence.note(landed.size() + " dependency-update commits in the window"));
      landed.stream()
          .limit(3)
          .forEach(c -> evidence.add(Evidence.commit(c.id(), "update: " + c.subject())));
      return Outcome.score(
          10,
          landed.size()
              + " dependency updates landed in the window"
              + (config.isEmpty() ? "." : ", from a configured bot."),
          evidence);
    }
    String history =
        facts.history().known()
            ? "no dependency-update commits in the window"
            : "update commits not counted: " + facts.history().unknownReason();
    evidence.add(Evidence.note(history));
    if (!config.isEmpty()) {
      return Outcome.score(
              7, "Dependency updates are configured, but none landed in the window.", evidence)
          .withRemediation("Review and merge the dependency updates the bot proposes.");
    }
    return Outcome.score(0, "No dependency-update bot configured and no updates landed.", evidence);
  }
}
