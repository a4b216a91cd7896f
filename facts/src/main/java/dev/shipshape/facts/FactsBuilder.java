package dev.shipshape.facts;

import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.facts.delivery.DeliveryEvents;
import dev.shipshape.facts.delivery.DeliveryFacts;
import dev.shipshape.facts.delivery.DeliveryOptions;
import dev.shipshape.facts.delivery.EventParser;
import dev.shipshape.facts.files.FileClassifier;
import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.facts.history.WorkItems;
import dev.shipshape.facts.inventory.InventoryDetector;
import dev.shipshape.facts.inventory.InventoryFacts;
import dev.shipshape.facts.inventory.InventoryRules;
import dev.shipshape.facts.pipeline.CiSystems;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.PipelineReader;
import dev.shipshape.facts.secrets.SecretsFacts;
import dev.shipshape.facts.yaml.YamlException;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Window;
import dev.shipshape.repository.Snapshot;
import dev.shipshape.repository.WindowSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gathers the {@link Facts} of a snapshot, once. */
public final class FactsBuilder {
  private FactsBuilder() {}

  public static Facts build(Snapshot snapshot, WindowSpec windowSpec, ScanConfig config) {
    return build(snapshot, windowSpec, config, DeliveryOptions.defaults());
  }

  /** With the user's delivery options: deploy tags, event files (already read), hotfix pattern. */
  public static Facts build(
      Snapshot snapshot, WindowSpec windowSpec, ScanConfig config, DeliveryOptions given) {
    // --deploy-tags wins; else the repository's own deployTags
    DeliveryOptions options =
        given.deployTags().isEmpty() && !config.deployTags().isEmpty()
            ? new DeliveryOptions(
                config.deployTags(), given.events(), given.hotfixPattern(), given.cache())
            : given;
    List<Diagnostic> diagnostics = new ArrayList<>(snapshot.diagnostics());
    Window window = windowSpec.resolve(snapshot.info().revisionTime());
    // the history's facts on the other core while the files are classified and inventoried here
    // (and git starts reading the window's diffs as soon as that is known)
    java.util.concurrent.FutureTask<HistoryAndDiffs> historyTask =
        dev.shipshape.repository.BackgroundWork.start(
            () -> {
              HistoryFacts h =
                  new HistoryFacts(snapshot.history(), window, snapshot.info().revision());
              return new HistoryAndDiffs(h, DeliveryFacts.readDiffsInBackground(h));
            },
            "shipshape-history");
    FileClassifier classifier = new FileClassifier(config.ignored());
    ProjectFiles files = new ProjectFiles(snapshot.tree(), classifier);
    // every file's content, on a third thread, from notes of earlier scans where they have it
    SecretsFacts secrets = SecretsFacts.inBackground(files, snapshot.notes(SecretsFacts.NOTES));
    List<Pipeline> pipelines = readPipelines(files, diagnostics);
    InventoryFacts inventory = new InventoryDetector(InventoryRules.ALL).detect(files, pipelines);
    KindClassifier.Kind kind = KindClassifier.classify(files, inventory);
    WorkItems workItems = new WorkItems(config.workItemPatterns());
    DeliveryEvents events = EventParser.parse(options.events()).plus(options.received());
    HistoryAndDiffs historyAndDiffs = await(historyTask);
    HistoryFacts history = historyAndDiffs.history();
    var diffs = historyAndDiffs.diffs();
    DeliveryFacts delivery =
        new DeliveryFacts(
            history,
            files,
            classifier,
            pipelines,
            inventory,
            workItems,
            options,
            events,
            snapshot.info().revision(),
            snapshot.info().branch(),
            diffs);
    return new Facts(
        snapshot.info(),
        kind.kind(),
        kind.reason(),
        window,
        files,
        inventory,
        pipelines,
        history,
        workItems,
        config,
        diagnostics,
        delivery,
        secrets);
  }

  private record HistoryAndDiffs(
      HistoryFacts history,
      java.util.concurrent.FutureTask<java.util.Map<String, dev.shipshape.repository.CommitDiff>>
          diffs) {}

  private static <T> T await(java.util.concurrent.FutureTask<T> task) {
    return dev.shipshape.repository.BackgroundWork.await(task, "gathering facts");
  }

  private static List<Pipeline> readPipelines(ProjectFiles files, List<Diagnostic> diagnostics) {
    List<Pipeline> pipelines = new ArrayList<>();
    for (SourceFile f : files.own()) {
      Optional<CiSystems.CiSystem> system = CiSystems.forPath(f.path());
      if (system.isEmpty() || !f.file().regular()) {
        continue;
      }
      Optional<String> text = files.text(f);
      if (text.isEmpty()) {
        diagnostics.add(
            Diagnostic.warning(f.path() + ": pipeline file not read (binary or over 1 MiB)"));
        continue;
      }
      try {
        pipelines.add(PipelineReader.read(system.get().word(), f.path(), text.get()));
      } catch (YamlException e) {
        diagnostics.add(
            Diagnostic.warning(
                f.path()
                    + (e.line() > 0 ? ":" + e.line() : "")
                    + ": not valid YAML ("
                    + e.getMessage()
                    + "); the pipeline was not read"));
        pipelines.add(new Pipeline(system.get().word(), f.path(), List.of()));
      }
    }
    return pipelines;
  }
}
