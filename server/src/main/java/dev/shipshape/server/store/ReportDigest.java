package dev.shipshape.server.store;

import dev.shipshape.model.Delivery;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.Wall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the dashboard shows of a report, kept beside the full JSON so that a page of a thousand
 * repositories reads a few hundred bytes per row instead of parsing whole reports.
 *
 * @param practiceLevels practice id → level 0–4, null when no check of it applies
 * @param bands DORA key → band id, null when unknown
 * @param inventory every inventory word of every category
 */
public record ReportDigest(
    Integer score,
    String stage,
    Map<String, Integer> practiceLevels,
    Map<String, String> bands,
    List<String> inventory,
    List<Wall> walls) {

  /** The DORA keys in the order the dashboard shows them, with their short labels. */
  public static final Map<String, String> DORA_KEYS =
      Map.of(
          "deploymentFrequency", "deploys",
          "leadTime", "lead time",
          "changeFailureRate", "failures",
          "recoveryTime", "recovery");

  public static ReportDigest of(Report report) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (PracticeResult p : report.practices()) {
      levels.put(p.id(), p.score() == null ? null : p.level());
    }
    Delivery d = report.delivery();
    Map<String, String> bands = new LinkedHashMap<>();
    bands.put("deploymentFrequency", band(d.deploymentFrequency().band()));
    bands.put("leadTime", band(d.leadTime().band()));
    bands.put("changeFailureRate", band(d.changeFailureRate().band()));
    bands.put("recoveryTime", band(d.recoveryTime().band()));
    TreeSet<String> words = new TreeSet<>();
    for (InventoryCategory c : InventoryCategory.values()) {
      words.addAll(report.inventory().get(c));
    }
    return new ReportDigest(
        report.summary().score(),
        report.summary().stage().id(),
        levels,
        bands,
        List.copyOf(words),
        report.summary().walls());
  }

  private static String band(Delivery.Band band) {
    return band == null ? null : band.id();
  }
}
