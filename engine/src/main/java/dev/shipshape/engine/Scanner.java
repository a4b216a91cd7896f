package dev.shipshape.engine;

import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.FactsBuilder;
import dev.shipshape.facts.config.RepositoryConfig;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.RepositoryDescriptor;
import dev.shipshape.model.Summary;
import dev.shipshape.model.Tool;
import dev.shipshape.repository.Repositories;
import dev.shipshape.repository.Snapshot;
import dev.shipshape.repository.SnapshotOptions;
import java.util.ArrayList;
import java.util.List;

/** The whole flow: snapshot → facts → checks → scoring → report. */
public final class Scanner {
  private final CheckRegistry registry;
  private final Tool tool;

  public Scanner(CheckRegistry registry, Tool tool) {
    this.registry = registry;
    this.tool = tool;
  }

  public Report scan(ScanRequest request) {
    request.progress().phase("reading " + request.snapshot().location());
    SnapshotOptions options =
        new SnapshotOptions(
            request.delivery().cache() ? SnapshotOptions.userCacheFolder() : null,
            request.progress()::phase);
    try (Snapshot snapshot = Repositories.open(request.snapshot(), options)) {
      ScanConfig config =
          request.config() != null ? request.config() : RepositoryConfig.read(snapshot.tree());
      ConfiguredChecks.of(registry, config); // a config naming unknown checks fails before the work
      request.progress().phase("gathering facts");
      Facts facts =
          FactsBuilder.build(snapshot, request.snapshot().window(), config, request.delivery());
      request.progress().phase("running checks");
      return assess(facts);
    }
  }

  /** Runs the checks on gathered facts and scores them. */
  public Report assess(Facts facts) {
    List<CheckResult> results =
        CheckRunner.run(ConfiguredChecks.of(registry, facts.config()), facts);
    List<PracticeResult> practices = Scoring.practices(results);
    Delivery delivery = delivery(facts);
    StageModel.Assessment stage =
        StageModel.assess(results, facts.inventory().inventory(), delivery);
    Summary summary =
        new Summary(
            Scoring.overall(practices),
            stage.stage(),
            stage.walls(),
            Scoring.nextSteps(practices, 3));
    List<Diagnostic> diagnostics = new ArrayList<>(facts.diagnostics());
    diagnostics.addAll(facts.delivery().diagnostics());
    RepositoryDescriptor repository =
        new RepositoryDescriptor(
            facts.info().name(),
            facts.info().location(),
            facts.info().revision(),
            facts.info().branch(),
            facts.kind());
    return new Report(
        tool,
        repository,
        facts.window(),
        summary,
        practices,
        facts.inventory().inventory(),
        delivery,
        diagnostics);
  }

  /** The delivery section, and what computing it noticed, from the facts' delivery metrics. */
  private static Delivery delivery(Facts facts) {
    return facts.delivery().report();
  }
}
