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
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Applies the {@link InventoryRules} to the own files and the pipelines. */
public final class InventoryDetector {
  /** At most this many places are kept as evidence for one word. */
  private static final int MAX_EVIDENCE = 20;

  private final List<InventoryRule> rules;

  /** For each rule, its path pattern over the file name where that is the same (see NameOnly). */
  private final List<Optional<Pattern>> names;

  public InventoryDetector(List<InventoryRule> rules) {
    this.rules = List.copyOf(rules);
    this.names =
        this.rules.stream()
            .map(r -> r.forFiles() ? NameOnly.of(r.path()) : Optional.<Pattern>empty())
            .toList();
  }

  /** A rule that recognised a file, and where. */
  private record Hit(InventoryRule rule, Evidence evidence) {}

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
    // the files are matched on every core, and their hits added in file order: the same evidence
    // in the same order every time
    List<List<Hit>> hits =
        IntStream.range(0, own.size()).parallel().mapToObj(i -> hits(own.get(i), files)).toList();
    for (List<Hit> inFile : hits) {
      for (Hit hit : inFile) {
        add(inventory, evidence, hit.rule().category(), hit.rule().word(), hit.evidence());
      }
    }
    for (Pipeline p : pipelines) {
      for (Pipeline.Located s : p.steps()) {
        // what the step runs through the repository's own scripts and tool configs counts too
        String runs = ScriptsRun.expand(s.step(), files);
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

  private List<Hit> hits(SourceFile f, ProjectFiles files) {
    List<Hit> hits = new ArrayList<>(0);
    for (int r = 0; r < rules.size(); r++) {
      InventoryRule rule = rules.get(r);
      if (!rule.forFiles()) {
        continue;
      }
      Optional<Pattern> name = names.get(r);
      boolean at =
          name.isPresent()
              ? name.get().matcher(f.name()).matches()
              : rule.path().matcher(f.path()).matches();
      if (!at) {
        continue;
      }
      // tests that mention a health endpoint or a tool are not the practice, only tests
      if (rule.content() != null
          && f.role() == Role.TEST_CODE
          && rule.category() != InventoryCategory.TESTS) {
        continue;
      }
      if (rule.content() == null) {
        hits.add(new Hit(rule, Evidence.file(f.path(), "found " + f.name())));
        continue;
      }
      Optional<String> text = files.text(f);
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = rule.content().matcher(text.get());
      if (m.find()) {
        hits.add(
            new Hit(
                rule,
                Evidence.line(
                    f.path(),
                    TextLines.lineOf(text.get(), m.start()),
                    "mentions " + clip(m.group()))));
      }
    }
    return hits;
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
