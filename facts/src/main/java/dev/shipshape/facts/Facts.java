package dev.shipshape.facts;

import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.facts.history.WorkItems;
import dev.shipshape.facts.inventory.InventoryFacts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.model.Window;
import dev.shipshape.repository.SnapshotInfo;
import java.util.List;

/**
 * Everything checks may look at, gathered once per scan: the classified files, the inventory with
 * its evidence, the parsed pipelines, the history series and the configuration. Checks are pure
 * functions of this; they never open files or call git themselves.
 */
public record Facts(
    SnapshotInfo info,
    RepositoryKind kind,
    String kindReason,
    Window window,
    ProjectFiles files,
    InventoryFacts inventory,
    List<Pipeline> pipelines,
    HistoryFacts history,
    WorkItems workItems,
    ScanConfig config,
    List<Diagnostic> diagnostics) {

  public Facts {
    pipelines = List.copyOf(pipelines);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether the commit's message, or the branch it was merged from, names a work item. */
  public boolean linkedToWorkItem(dev.shipshape.repository.CommitInfo commit) {
    return workItems.names(commit.message())
        || workItems.namesInBranch(history.mergedBranchOf(commit));
  }

  /** The pipeline steps of every own pipeline, in file order. */
  public List<Pipeline.Located> pipelineSteps() {
    return pipelines.stream().flatMap(p -> p.steps().stream()).toList();
  }
}
