package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.facts.yaml.YamlNode;
import dev.shipshape.facts.yaml.YamlReader;
import dev.shipshape.render.ReportSchema;
import dev.shipshape.testkit.TestRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accuracy bar: fixture repositories modelled on each ecosystem's common layout ({@code
 * src/test/resources/corpus/<name>/repo}), each scanned whole and compared with what a careful
 * human assessor says of it ({@code expected.yml} beside it: kind, stage, every inventory category,
 * the status of every check). The report found is written to {@code
 * target/corpus/<name>.actual.yml} in the same shape, to review a difference.
 */
class CorpusTest {
  private static final List<String> CATEGORIES =
      List.of(
          "ci",
          "deploy",
          "iac",
          "tests",
          "observability",
          "security",
          "collaboration",
          "operations");

  @TempDir Path dir;

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> list = Files.list(corpus())) {
      return list
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theReportSaysWhatACarefulAssessorWould(String name) throws Exception {
    Path fixture = corpus().resolve(name);
    try (TestRepository repo = CorpusRepository.build(fixture.resolve("repo"), dir.resolve(name))) {
      CliRun run = CliRun.of("scan", repo.dir().toString(), "--format", "json");
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(ReportSchema.validate(run.out())).isEmpty();

      Assessment actual = Assessment.of(new ObjectMapper().readTree(run.out()));
      Path written = Path.of("target", "corpus", name + ".actual.yml");
      Files.createDirectories(written.getParent());
      Files.writeString(written, actual.yaml());
      Files.writeString(written.resolveSibling(name + ".report.json"), run.out());

      Assessment expected =
          Assessment.of(
              (YamlNode.Mapping)
                  YamlReader.read(Files.readString(fixture.resolve("expected.yml"))));
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(actual.kind).as("kind").isEqualTo(expected.kind);
      soft.assertThat(actual.stage).as("stage").isEqualTo(expected.stage);
      for (String c : CATEGORIES) {
        soft.assertThat(actual.inventory.get(c))
            .as("inventory " + c)
            .isEqualTo(expected.inventory.get(c));
      }
      soft.assertThat(expected.checks.keySet())
          .as("every check is reviewed")
          .containsExactlyInAnyOrderElementsOf(actual.checks.keySet());
      for (Map.Entry<String, String> e : expected.checks.entrySet()) {
        soft.assertThat(actual.checks.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
      soft.assertAll();
    }
  }

  private static Path corpus() {
    try {
      return Path.of(
          Objects.requireNonNull(CorpusTest.class.getResource("/corpus"), "corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the report says of a repository, or what an assessor expects it to say. */
  private record Assessment(
      String kind, String stage, Map<String, List<String>> inventory, Map<String, String> checks) {

    static Assessment of(JsonNode json) {
      Map<String, List<String>> inventory = new LinkedHashMap<>();
      for (String c : CATEGORIES) {
        List<String> words = new ArrayList<>();
        json.at("/inventory/" + c).forEach(w -> words.add(w.asText()));
        inventory.put(c, words);
      }
      Map<String, String> checks = new TreeMap<>();
      for (JsonNode practice : json.get("practices")) {
        for (JsonNode check : practice.get("checks")) {
          checks.put(check.get("id").asText(), check.get("status").asText());
        }
      }
      return new Assessment(
          json.at("/repository/kind").asText(),
          json.at("/summary/stage").asText(),
          inventory,
          checks);
    }

    static Assessment of(YamlNode.Mapping yaml) {
      Map<String, List<String>> inventory = new LinkedHashMap<>();
      YamlNode.Mapping inv = yaml.map("inventory").orElseThrow();
      for (String c : CATEGORIES) {
        inventory.put(
            c,
            inv.get(c)
                .map(n -> n.scalars().stream().map(YamlNode.Scalar::value).toList())
                .orElse(List.of()));
      }
      Map<String, String> checks = new TreeMap<>();
      yaml.map("checks")
          .orElseThrow()
          .entries()
          .forEach((id, status) -> checks.put(id, status.text().orElseThrow()));
      return new Assessment(
          yaml.string("kind").orElseThrow(), yaml.string("stage").orElseThrow(), inventory, checks);
    }

    String yaml() {
      StringBuilder out = new StringBuilder();
      out.append("kind: ").append(kind).append('\n');
      out.append("stage: ").append(stage).append('\n');
      out.append("inventory:\n");
      inventory.forEach(
          (c, words) ->
              out.append("  ")
                  .append(c)
                  .append(": [")
                  .append(String.join(", ", words))
                  .append("]\n"));
      out.append("checks:\n");
      checks.forEach(
          (id, status) -> out.append("  ").append(id).append(": ").append(status).append('\n'));
      return out.toString();
    }
  }

  /**
   * Builds a fixture into a git repository with a small history: a scaffold, tests on a branch
   * merged through a pull request, the docs, a release tag; three authors, work items named.
   */
  static final class CorpusRepository {
    private CorpusRepository() {}

    static TestRepository build(Path source, Path target) throws IOException {
      Map<String, String> files = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(source)) {
        walk.filter(Files::isRegularFile)
            .forEach(
                p -> {
                  String path = source.relativize(p).toString().replace('\\', '/');
                  // stored renamed so that the fixture's .gitignore does not apply to this project
                  path = path.replaceAll("(^|/)dot-gitignore$", "$1.gitignore");
                  try {
                    files.put(path, Files.readString(p));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      }
      TestRepository repo = TestRepository.create(target);
      repo.author("Ada Lovelace", "ada@example.com");
      files.forEach(
          (p, text) -> {
            if (group(p) == 0) repo.file(p, text);
          });
      repo.commit("PROJ-1: scaffold the project");
      repo.branch("feature/PROJ-2-tests").author("Grace Hopper", "grace@example.com");
      files.forEach(
          (p, text) -> {
            if (group(p) == 1) repo.file(p, text);
          });
      repo.commit("PROJ-2: cover the core with tests");
      repo.checkout("main")
          .merge("feature/PROJ-2-tests", "Merge pull request #2 from acme/feature/PROJ-2-tests");
      repo.author("Linus Torvalds", "linus@example.com");
      files.forEach(
          (p, text) -> {
            if (group(p) == 2) repo.file(p, text);
          });
      repo.commit("PROJ-3: document how to run, test and deploy it");
      repo.tag("v1.0.0");
      return repo;
    }

    /** 0: the scaffold, 1: test code, 2: docs. */
    private static int group(String path) {
      String lower = path.toLowerCase(java.util.Locale.ROOT);
      if (lower.matches(
          "(.*/)?(test|tests|__tests__|e2e|spec)/.*|.*(_test\\.go|_test\\.py|\\.(test|spec)\\.[jt]sx?|test\\.java|it\\.java|test\\.kt|\\.tftest\\.hcl)")) {
        return 1;
      }
      if (lower.endsWith(".md") && !lower.startsWith(".github/")) {
        return 2;
      }
      return 0;
    }
  }
}
