package dev.shipshape.engine;

import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.CheckMeta;
import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Status;
import dev.shipshape.repository.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs every check against the facts: exemptions first, then applicability by repository kind, then
 * the check itself. A check that throws is reported with status error; the scan goes on.
 */
public final class CheckRunner {
  /** Threads that run checks: more than the cores, since some wait on git. */
  private static final int THREADS = 4;

  private CheckRunner() {}

  /**
   * Runs every check, a few at a time: checks that need the history's diffs wait for git while the
   * tree checks go on. Results come back in the registry's order.
   */
  public static List<CheckResult> run(CheckRegistry registry, Facts facts) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "shipshape-check");
              t.setDaemon(true);
              return t;
            });
    try {
      // Submitted last-first: the history-heavy and whole-tree checks (version-control,
      // security-compliance/secrets) sit at the end of the sorted list and are the longest, so
      // starting them first keeps both cores busy to the end (measured: a warm scan 0.1–0.2 s
      // faster).
      List<CheckDefinition> all = registry.all();
      List<Future<CheckResult>> futures =
          new ArrayList<>(java.util.Collections.nCopies(all.size(), null));
      for (int i = all.size() - 1; i >= 0; i--) {
        CheckDefinition def = all.get(i);
        futures.set(i, pool.submit(() -> run(def, facts)));
      }
      List<CheckResult> results = new ArrayList<>();
      for (Future<CheckResult> f : futures) {
        // run(def, facts) turns a check\'s own failure into status error
        results.add(BackgroundWork.await(f, "running checks"));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  static CheckResult run(CheckDefinition def, Facts facts) {
    CheckMeta meta = def.meta();
    int weight = facts.config().weights().getOrDefault(meta.id(), meta.weight());
    String exemption = facts.config().exemptions().get(meta.id());
    if (exemption != null) {
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.EXEMPT,
          null,
          weight,
          "Exempt: " + exemption,
          exemption,
          List.of(),
          null);
    }
    if (!meta.appliesTo().contains(facts.kind())) {
      String reason =
          "applies to "
              + meta.appliesTo().stream()
                  .map(k -> k.id())
                  .sorted()
                  .collect(Collectors.joining(", "))
              + " repositories; this one is a "
              + facts.kind().id()
              + " because "
              + facts.kindReason();
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.NOT_APPLICABLE,
          null,
          weight,
          "Not applicable to a " + facts.kind().id() + " repository.",
          reason,
          List.of(),
          null);
    }
    Outcome outcome;
    try {
      outcome = def.check().evaluate(facts);
    } catch (RuntimeException e) {
      String reason =
          "the check failed: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.ERROR,
          null,
          weight,
          "The check could not run.",
          reason,
          List.of(),
          null);
    }
    if (outcome instanceof Outcome.NotApplicable na) {
      return new CheckResult(
          meta.id(),
          meta.title(),
          Status.NOT_APPLICABLE,
          null,
          weight,
          "Not applicable: " + na.reason() + ".",
          na.reason(),
          List.of(),
          null);
    }
    Outcome.Scored s = (Outcome.Scored) outcome;
    String remediation =
        s.score() == 10 ? null : s.remediation() != null ? s.remediation() : meta.remediation();
    return new CheckResult(
        meta.id(),
        meta.title(),
        Status.ofScore(s.score()),
        s.score(),
        weight,
        s.summary(),
        null,
        s.evidence(),
        remediation);
  }
}
