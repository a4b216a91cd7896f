package dev.shipshape.facts.inventory;

import dev.shipshape.facts.files.ProjectFiles;
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.files.TextLines;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.facts.pipeline.ScriptsRun;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Inventory;
import dev.shipshape.model.InventoryCategory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** Applies the {@link InventoryRules} to the own files and the pipelines. */
public final class InventoryDetector {
  /** At most this many places are kept as evidence for one word. */
  private static final int MAX_EVIDENCE = 20;

  private final List<InventoryRule> rules;

  public InventoryDetector(List<InventoryRule> rules) {
    this.rules = rules;
  }

  public InventoryFacts detect(ProjectFiles files, List<Pipeline> pipelines) {
    Inventory.Builder inventory = Inventory.builder();
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    for (Pipeline p : pipelines) {
      add(
          inventory,
          evidence,
          InventoryCategory.CI,
          p.system(),
          Evidence.file(p.path(), "pipeline definition"));
    }
    List<SourceFile> own = files.own();
    for (SourceFile f : own) {
      for (InventoryRule rule : rules) {
        if (!rule.forFiles() || !rule.path().matcher(f.path()).matches()) {
          continue;
        }
        // tests that mention a health endpoint or a tool are not the practice, only tests
        if (rule.content() != null
            && f.role() == Role.TEST_CODE
            && rule.category() != InventoryCategory.TESTS) {
          continue;
        }
        if (rule.content() == null) {
          add(
              inventory,
              evidence,
              rule.category(),
              rule.word(),
              Evidence.file(f.path(), "found " + f.name()));
          continue;
        }
        Optional<String> text = files.text(f);
        if (text.isEmpty()) {
          continue;
        }
        Matcher m = rule.content().matcher(text.get());
        if (m.find()) {
          add(
              inventory,
              evidence,
              rule.category(),
              rule.word(),
              Evidence.line(
                  f.path(),
                  TextLines.lineOf(text.get(), m.start()),
                  "mentions " + clip(m.group())));
        }
      }
    }
    for (Pipeline p : pipelines) {
      for (Pipeline.Located s : p.steps()) {
        // what the step runs through the repository's own scripts and tool configs counts too
        String runs = ScriptsRun.expand(s.step().text(), files);
        for (InventoryRule rule : rules) {
          if (rule.command() != null && rule.command().matcher(runs).find()) {
            add(
                inventory,
                evidence,
                rule.category(),
                rule.word(),
                Evidence.line(p.path(), s.step().line(), "runs " + clip(s.step().text())));
          }
        }
      }
    }
    testKinds(own, inventory, evidence);
    return new InventoryFacts(inventory.build(), evidence);
  }

  private static void testKinds(
      List<SourceFile> own, Inventory.Builder inventory, Map<String, List<Evidence>> evidence) {
    for (SourceFile f : own) {
      if (f.role() != Role.TEST_CODE) {
        continue;
      }
      String path = f.path().toLowerCase(java.util.Locale.ROOT);
      boolean integration =
          f.name().matches(".*IT\\.(java|kt)")
              || path.matches("(.*/)?(integration[-_]?tests?|it)/.*");
      boolean e2e = path.matches("(.*/)?(e2e|cypress|playwright)/.*");
      String word = e2e ? "e2e" : integration ? "integration" : "unit";
      add(inventory, evidence, InventoryCategory.TESTS, word, Evidence.file(f.path(), "test code"));
    }
  }

  private static void add(
      Inventory.Builder inventory,
      Map<String, List<Evidence>> evidence,
      InventoryCategory category,
      String word,
      Evidence e) {
    inventory.add(category, word);
    List<Evidence> list =
        evidence.computeIfAbsent(InventoryFacts.key(category, word), k -> new ArrayList<>());
    // two rules may see the same place; cite it once
    if (list.size() < MAX_EVIDENCE
        && list.stream()
            .noneMatch(
                x ->
                    x.path() != null
                        && x.path().equals(e.path())
                        && java.util.Objects.equals(x.line(), e.line()))) {
      list.add(e);
    }
  }

  private static String clip(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() > 80 ? one.substring(0, 77) + "..." : one;
  }
}
