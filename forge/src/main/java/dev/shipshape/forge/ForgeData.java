package dev.shipshape.forge;

import dev.shipshape.model.Diagnostic;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the forge told a scan, newest sync first merged with what earlier syncs kept: merged changes
 * with their reviews and closing issues, the default branch's protection, its CI runs, the
 * deployments and the incident issues. An aspect the forge could not give is in {@code missing}
 * with the reason, and the facts drawn from it stay offline; {@code diagnostics} say what happened
 * (limits hit, scopes missing, calls made). {@link #OFF} is a scan that did not ask.
 */
public record ForgeData(
    ForgeProject project,
    Instant syncedAt,
    List<ChangeRequest> changes,
    BranchProtection protection,
    List<PipelineRun> runs,
    List<ForgeDeployment> deployments,
    List<ForgeIssue> incidents,
    Map<Aspect, String> missing,
    List<Diagnostic> diagnostics,
    CallCount calls) {

  /** What the forge adds, each read on its own: one failing leaves the others. */
  public enum Aspect {
    CHANGES("merged changes, reviews and closing issues"),
    PROTECTION("branch protection"),
    CI("CI runs"),
    DEPLOYMENTS("deployments"),
    INCIDENTS("incidents");

    private final String title;

    Aspect(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public static final ForgeData OFF =
      new ForgeData(
          null,
          null,
          List.of(),
          null,
          List.of(),
          List.of(),
          List.of(),
          Map.of(),
          List.of(),
          CallCount.NONE);

  public ForgeData {
    changes = List.copyOf(changes);
    runs = List.copyOf(runs);
    deployments = List.copyOf(deployments);
    incidents = List.copyOf(incidents);
    missing = missing.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(missing));
    diagnostics = List.copyOf(diagnostics);
  }

  /** A scan that asked and got nothing, with why (no token, no forge remote). */
  public static ForgeData unavailable(ForgeProject project, String reason) {
    Map<Aspect, String> all = new EnumMap<>(Aspect.class);
    for (Aspect a : Aspect.values()) {
      all.put(a, reason);
    }
    return new ForgeData(
        project,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        all,
        List.of(Diagnostic.warning("forge: " + reason + "; the offline result is used")),
        CallCount.NONE);
  }

  /** Whether the scan asked the forge at all. */
  public boolean asked() {
    return project != null || !missing.isEmpty();
  }

  /** Whether this aspect came from the forge (this sync or an earlier one). */
  public boolean has(Aspect aspect) {
    return asked() && !missing.containsKey(aspect);
  }

  /** The forge's name for evidence: {@code GitHub}, {@code GitLab}. */
  public String forgeTitle() {
    return project == null ? "forge" : project.kind().title();
  }

  /** The changes merged in [since, until], oldest first. */
  public List<ChangeRequest> mergedIn(Instant since, Instant until) {
    return changes.stream()
        .filter(c -> c.mergedAt() != null)
        .filter(c -> since == null || !c.mergedAt().isBefore(since))
        .filter(c -> until == null || !c.mergedAt().isAfter(until))
        .sorted(java.util.Comparator.comparing(ChangeRequest::mergedAt))
        .toList();
  }
}
