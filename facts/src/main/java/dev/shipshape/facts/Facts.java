package dev.shipshape.facts;

import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.facts.delivery.DeliveryFacts;
import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.history.HistoryFacts;
import dev.shipshape.facts.history.WorkItems;
import dev.shipshape.facts.inventory.InventoryFacts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.secrets.SecretsFacts;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.RepositoryKind;
import dev.shipshape.model.Window;
import dev.shipshape.repository.SnapshotInfo;
import java.util.List;

/**
 * Everything checks may look at, gathered once per scan: the classified files, the inventory with
 * its evidence, the parsed pipelines, the history series and the configuration. Checks are pure
 * functions of this; they never open files or call git themselves. {@code delivery} holds the
 * delivery metrics, computed on first use; {@code secrets} the secrets scan, which may run in the
 * background from the start of the scan.
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
    List<Diagnostic> diagnostics,
    DeliveryFacts delivery,
    SecretsFacts secrets) {

  public Facts {
    pipelines = List.copyOf(pipelines);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * A library of infrastructure code: a reusable module (Terraform's, published to a registry),
   * released for others to apply rather than deployed. IaC checks judge it, and checks of
   * application code or of running systems do not.
   */
  public boolean infrastructureModule() {
    return kind == RepositoryKind.LIBRARY
        && !inventory.inventory().get(InventoryCategory.IAC).isEmpty()
        && !KindClassifier.hasApplicationCode(files.own());
  }

  /** Infrastructure code is what the repository holds: infrastructure, or a module of it. */
  public boolean infrastructureCode() {
    return kind == RepositoryKind.INFRASTRUCTURE || infrastructureModule();
  }

  /** Whether the commit's message, or the branch it was merged from, names a work item. */
  public boolean linkedToWorkItem(dev.shipshape.repository.CommitInfo commit) {
    return delivery.linkedToWorkItem(commit);
  }

  /** The pipeline steps of every own pipeline, in file order. */
  public List<Pipeline.Located> pipelineSteps() {
    return pipelines.stream().flatMap(p -> p.steps().stream()).toList();
  }
}
