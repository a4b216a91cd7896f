import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Compares shipshape's JSON reports of the corpus with the expected verdicts
 * (bench/corpus/README.md). A single-file program, run with the shipshape jar on the class path for
 * Jackson and SnakeYAML:
 *
 * <pre>
 * java -cp cli/target/shipshape.jar bench/corpus/Agreement.java --expected DIR --reports DIR
 *     [--markdown FILE] [--min-agreement PCT] [NAME...]
 * </pre>
 *
 * Exit codes: 0 measured; 1 under --min-agreement; 2 bad usage or an invalid expectation file (the
 * measurement of the valid ones is still printed).
 */
public class Agreement {
  static final Set<String> KINDS =
      Set.of("service", "library", "application", "infrastructure", "site", "other");
  static final Set<String> STAGES = Set.of("traditional", "immature-devops", "mature-devops");
  static final Set<String> STATUSES = Set.of("pass", "partial", "fail", "not-applicable");
  static final int EVIDENCE_WIDTH = 200;

  record Expected(
      String name,
      String commit,
      String kind,
      String kindEvidence,
      String stage,
      String stageEvidence,
      Map<String, Verdict> checks) {}

  record Verdict(String status, String evidence) {}

  /** What the report says of one item: a status, its summary and its evidence lines. */
  record Finding(String status, String summary, List<String> evidence) {}

  /** One expected verdict beside the report's: the kind, the stage or a check. */
  record Item(String repo, String id, Verdict expected, Finding actual) {
    boolean agreed() {
      return expected.status().equals(actual.status());
    }
  }

  public static void main(String[] args) throws IOException {
    Path expectedDir = null, reportsDir = null, markdown = null;
    Double minAgreement = null;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--expected" -> expectedDir = Path.of(value(args, ++i));
        case "--reports" -> reportsDir = Path.of(value(args, ++i));
        case "--markdown" -> markdown = Path.of(value(args, ++i));
        case "--min-agreement" -> minAgreement = Double.valueOf(value(args, ++i));
        default -> {
          if (args[i].startsWith("-")) usage("unknown option " + args[i]);
          names.add(args[i]);
        }
      }
    }
    if (expectedDir == null || reportsDir == null) usage("--expected and --reports are needed");
    if (names.isEmpty()) {
      try (Stream<Path> files = Files.list(expectedDir)) {
        files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".yml"))
            .map(f -> f.substring(0, f.length() - 4))
            .sorted()
            .forEach(names::add);
      }
    }

    List<String> problems = new ArrayList<>();
    List<String> notScanned = new ArrayList<>();
    Map<String, List<Item>> byRepo = new TreeMap<>();
    List<String> diagnostics = new ArrayList<>();
    for (String name : names) {
      Path file = expectedDir.resolve(name + ".yml");
      Expected expected;
      try {
        expected = readExpected(file, name);
      } catch (IOException | RuntimeException e) { // unreadable, not YAML, or not the format
        problems.add(file + ": " + clip(String.valueOf(e.getMessage())));
        continue;
      }
      Path report = reportsDir.resolve(name + ".json");
      if (!Files.isRegularFile(report)) {
        notScanned.add(name);
        continue;
      }
      JsonNode json = new ObjectMapper().readTree(report.toFile());
      String revision = json.path("repository").path("revision").asText();
      if (!revision.equals(expected.commit())) {
        problems.add(report + ": scanned " + revision + ", expected commit " + expected.commit());
        continue;
      }
      byRepo.put(name, compare(expected, json));
      // What the scan could not read (blobs absent from a mirror, files too big) changes verdicts.
      for (JsonNode d : json.path("diagnostics"))
        diagnostics.add(
            name + ": " + d.path("level").asText() + ": " + clip(d.path("message").asText()));
    }

    List<Item> all = byRepo.values().stream().flatMap(List::stream).toList();
    printRepositories(byRepo);
    printChecks(perCheck(all));
    double overall = percent(count(all, true), all.size());
    System.out.printf(
        Locale.ROOT,
        "%noverall: %d of %d items agree (%.1f %%): check verdicts %d/%d, kind %d/%d, stage"
            + " %d/%d%n",
        count(all, true),
        all.size(),
        overall,
        count(checksOnly(all), true),
        checksOnly(all).size(),
        count(only(all, "kind"), true),
        byRepo.size(),
        count(only(all, "stage"), true),
        byRepo.size());
    if (!notScanned.isEmpty())
      System.out.println(
          "not scanned (not fetched or the scan failed): " + String.join(" ", notScanned));
    if (!diagnostics.isEmpty()) {
      System.out.println("\nscan diagnostics:");
      diagnostics.forEach(d -> System.out.println("  " + d));
    }
    printDisagreements(all);
    if (markdown != null) Files.writeString(markdown, markdown(byRepo, all));

    problems.forEach(p -> System.err.println("agreement: " + p));
    if (!problems.isEmpty()) System.exit(2);
    if (minAgreement != null && overall < minAgreement) {
      System.err.printf(Locale.ROOT, "agreement %.1f %% is under %s %%%n", overall, minAgreement);
      System.exit(1);
    }
  }

  static Expected readExpected(Path file, String name) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // a check written twice: which verdict was meant?
    Object root = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
    if (!(root instanceof Map<?, ?> map)) throw new IllegalArgumentException("not a YAML mapping");
    require(name.equals(text(map, "name")), "name is not the file name " + name);
    String commit = text(map, "commit");
    require(commit.matches("[0-9a-f]{40}"), "commit is not a full 40-hex id: " + commit);
    String kind = text(map, "kind");
    require(KINDS.contains(kind), "kind is not one of " + KINDS + ": " + kind);
    String stage = text(map, "stage");
    require(STAGES.contains(stage), "stage is not one of " + STAGES + ": " + stage);
    require(map.get("checks") instanceof Map<?, ?>, "no checks mapping");
    Map<String, Verdict> checks = new TreeMap<>();
    ((Map<?, ?>) map.get("checks"))
        .forEach(
            (id, v) -> {
              require(v instanceof Map<?, ?>, id + " is not a mapping of status and evidence");
              String status = text((Map<?, ?>) v, "status");
              require(STATUSES.contains(status), id + ": status is not one of " + STATUSES);
              checks.put(String.valueOf(id), new Verdict(status, text((Map<?, ?>) v, "evidence")));
            });
    return new Expected(
        name, commit, kind, text(map, "kindEvidence"), stage, text(map, "stageEvidence"), checks);
  }

  static List<Item> compare(Expected expected, JsonNode report) {
    String repo = expected.name();
    List<Item> items = new ArrayList<>();
    // The report's own account of the kind (fields beyond these, when it gives them) and the stage.
    List<String> kindAccount = new ArrayList<>();
    report
        .path("repository")
        .properties()
        .forEach(
            f -> {
              if (!Set.of("name", "location", "revision", "branch", "kind").contains(f.getKey()))
                kindAccount.add(
                    f.getKey()
                        + ": "
                        + (f.getValue().isTextual() ? f.getValue().asText() : f.getValue()));
            });
    items.add(
        new Item(
            repo,
            "kind",
            new Verdict(expected.kind(), expected.kindEvidence()),
            new Finding(
                report.path("repository").path("kind").asText(),
                String.join("; ", kindAccount),
                List.of())));
    List<String> walls = new ArrayList<>();
    for (JsonNode wall : report.path("summary").path("walls"))
      walls.add(wall.path("between").asText() + " (" + join(wall.path("because")) + ")");
    items.add(
        new Item(
            repo,
            "stage",
            new Verdict(expected.stage(), expected.stageEvidence()),
            new Finding(
                report.path("summary").path("stage").asText(),
                walls.isEmpty() ? "no walls" : "walls: " + String.join("; ", walls),
                List.of())));
    Map<String, JsonNode> checks = new TreeMap<>();
    for (JsonNode practice : report.path("practices"))
      for (JsonNode check : practice.path("checks")) checks.put(check.path("id").asText(), check);
    expected
        .checks()
        .forEach(
            (id, verdict) -> {
              JsonNode check = checks.get(id);
              Finding actual =
                  check == null
                      ? new Finding(
                          "absent", "no such check in the report (a typo, or renamed)", List.of())
                      : new Finding(
                          check.path("status").asText(),
                          check.path("summary").asText() + reason(check),
                          evidence(check.path("evidence")));
              items.add(new Item(repo, id, verdict, actual));
            });
    return items;
  }

  static String reason(JsonNode check) {
    return check.hasNonNull("reason") ? " (" + check.get("reason").asText() + ")" : "";
  }

  static List<String> evidence(JsonNode evidence) {
    List<String> lines = new ArrayList<>();
    for (JsonNode e : evidence) {
      String where =
          e.hasNonNull("path")
              ? e.get("path").asText() + (e.hasNonNull("line") ? ":" + e.get("line").asInt() : "")
              : e.hasNonNull("commit") ? e.get("commit").asText().substring(0, 12) : "";
      String detail = e.path("detail").asText("");
      lines.add(clip(where.isEmpty() ? detail : detail.isEmpty() ? where : where + " " + detail));
    }
    return lines;
  }

  static Map<String, List<Item>> perCheck(List<Item> all) {
    Map<String, List<Item>> byCheck = new TreeMap<>();
    for (Item item : checksOnly(all))
      byCheck.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(item);
    return byCheck;
  }

  static void printRepositories(Map<String, List<Item>> byRepo) {
    System.out.printf("%-28s %-6s %-6s %s%n", "repository", "kind", "stage", "checks agreed");
    byRepo.forEach(
        (repo, items) ->
            System.out.printf(
                "%-28s %-6s %-6s %d/%d%n",
                repo,
                only(items, "kind").get(0).agreed() ? "ok" : "WRONG",
                only(items, "stage").get(0).agreed() ? "ok" : "WRONG",
                count(checksOnly(items), true),
                checksOnly(items).size()));
  }

  static void printChecks(Map<String, List<Item>> byCheck) {
    System.out.printf("%n%-46s %8s %6s%n", "check", "agreed", "%");
    byCheck.forEach(
        (id, items) ->
            System.out.printf(
                Locale.ROOT,
                "%-46s %8s %5.0f%%%n",
                id,
                count(items, true) + "/" + items.size(),
                percent(count(items, true), items.size())));
  }

  static void printDisagreements(List<Item> all) {
    List<Item> wrong = all.stream().filter(i -> !i.agreed()).toList();
    System.out.printf("%ndisagreements (%d):%n", wrong.size());
    for (Item item : wrong) {
      System.out.printf("%s  %s%n", item.repo(), item.id());
      Finding actual = item.actual();
      line("  expected %-15s %s", item.expected().status(), clip(item.expected().evidence()));
      line("  actual   %-15s %s", actual.status(), clip(actual.summary()));
      actual.evidence().stream()
          .limit(2)
          .forEach(evidence -> line("  %-24s %s", "", evidence));
    }
  }

  static String markdown(Map<String, List<Item>> byRepo, List<Item> all) {
    StringBuilder md = new StringBuilder();
    md.append("| repository | kind | stage | checks agreed |\n|---|---|---|---|\n");
    byRepo.forEach(
        (repo, items) ->
            md.append(
                String.format(
                    "| %s | %s | %s | %d/%d |%n",
                    repo,
                    cell(only(items, "kind").get(0)),
                    cell(only(items, "stage").get(0)),
                    count(checksOnly(items), true),
                    checksOnly(items).size())));
    md.append("\n| check | agreed / verdicts | % |\n|---|---|---|\n");
    perCheck(all)
        .forEach(
            (id, items) ->
                md.append(
                    String.format(
                        Locale.ROOT,
                        "| `%s` | %d/%d | %.0f %% |%n",
                        id,
                        count(items, true),
                        items.size(),
                        percent(count(items, true), items.size()))));
    md.append(
        String.format(
            Locale.ROOT,
            "%nOverall: %d of %d items agree (%.1f %%); kind right on %d of %d repositories, stage"
                + " on %d of %d.%n",
            count(all, true),
            all.size(),
            percent(count(all, true), all.size()),
            count(only(all, "kind"), true),
            byRepo.size(),
            count(only(all, "stage"), true),
            byRepo.size()));
    return md.toString();
  }

  /** The expected value, and the report's when they differ. */
  static String cell(Item item) {
    return item.agreed()
        ? item.expected().status()
        : item.expected().status() + " (shipshape: " + item.actual().status() + ")";
  }

  static void line(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args).stripTrailing());
  }

  static List<Item> only(List<Item> items, String id) {
    return items.stream().filter(i -> i.id().equals(id)).toList();
  }

  static List<Item> checksOnly(List<Item> items) {
    return items.stream().filter(i -> i.id().contains("/")).toList();
  }

  static int count(List<Item> items, boolean agreed) {
    return (int) items.stream().filter(i -> i.agreed() == agreed).count();
  }

  static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  static String text(Map<?, ?> map, String key) {
    Object value = map.get(key);
    if (value == null) throw new IllegalArgumentException("no " + key);
    return String.valueOf(value).trim();
  }

  static String join(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(n -> parts.add(n.asText()));
    return String.join(", ", parts);
  }

  /** One line, bounded: evidence can be long. */
  static String clip(String s) {
    String line = s.replaceAll("\\s+", " ").trim();
    return line.length() <= EVIDENCE_WIDTH ? line : line.substring(0, EVIDENCE_WIDTH - 1) + "…";
  }

  static void require(boolean condition, String problem) {
    if (!condition) throw new IllegalArgumentException(problem);
  }

  static String value(String[] args, int i) {
    if (i >= args.length) usage(args[i - 1] + " needs a value");
    return args[i];
  }

  static void usage(String problem) {
    System.err.println("agreement: " + problem);
    System.err.println(
        "usage: Agreement --expected DIR --reports DIR [--markdown FILE] [--min-agreement PCT]"
            + " [NAME...]");
    System.exit(2);
  }
}
