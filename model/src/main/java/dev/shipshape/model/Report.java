package dev.shipshape.model;

import java.util.List;

/** The whole assessment (REPORT-CONTRACT.md). Renderers are pure functions of this. */
public record Report(
    Tool tool,
    RepositoryDescriptor repository,
    Window window,
    Summary summary,
    List<PracticeResult> practices,
    Inventory inventory,
    Delivery delivery,
    List<Diagnostic> diagnostics) {

  public static final String SCHEMA = "shipshape/report@1";

  public Report {
    practices = List.copyOf(practices);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Every check of every practice, in report order. */
  public List<CheckResult> checks() {
    return practices.stream().flatMap(p -> p.checks().stream()).toList();
  }
}
