package dev.shipshape.facts.config;

import dev.shipshape.facts.yaml.YamlException;
import dev.shipshape.facts.yaml.YamlNode;
import dev.shipshape.facts.yaml.YamlReader;
import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads a {@code .shipshape.yml} (docs/configuration.md) into a {@link ScanConfig}. Strict on
 * purpose: a misspelt key or a wrong type would otherwise silently change a team's score, so every
 * problem is a {@link ConfigException} naming the file and line. Check ids are only checked for
 * their shape here; whether they exist is known to the engine, which has the registry.
 */
public final class ConfigReader {
  /** The file read from the scanned revision's root. */
  public static final String FILE_NAME = ".shipshape.yml";

  /** The top-level keys, in the order the docs present them. */
  public static final List<String> KEYS =
      List.of("exempt", "ignore", "workItems", "weights", "deployTags", "rules");

  private static final List<String> RULE_KEYS =
      List.of(
          "id",
          "title",
          "practice",
          "weight",
          "remediation",
          "appliesTo",
          "fileExists",
          "fileContains",
          "pipelineRuns");

  /** The same shape as a built-in check's id (CheckMeta). */
  private static final Pattern CHECK_ID = Pattern.compile("[a-z-]+/[a-z0-9]+(-[a-z0-9]+)*");

  private static final int DEFAULT_RULE_WEIGHT = 2;

  private final String source;
  private final List<String> lines;

  private ConfigReader(String source, String text) {
    this.source = source;
    this.lines = text.lines().toList();
  }

  /**
   * Parses a configuration.
   *
   * @param source the file as the user knows it, for messages ({@code .shipshape.yml} or the path
   *     given with {@code --config})
   */
  public static ScanConfig read(String source, String text) {
    return new ConfigReader(source, text).read(text);
  }

  private ScanConfig read(String text) {
    YamlNode root;
    try {
      root = YamlReader.read(text);
    } catch (YamlException e) {
      throw new ConfigException(source, e.line(), "not valid YAML: " + e.getMessage());
    }
    if (empty(root)) {
      return new ScanConfig(
          source, Map.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of());
    }
    if (!(root instanceof YamlNode.Mapping map)) {
      throw fail(root, "expected keys (" + String.join(", ", KEYS) + "), found " + type(root));
    }
    Map<String, String> exemptions = new LinkedHashMap<>();
    List<String> ignore = List.of();
    List<Pattern> workItems = List.of();
    Map<String, Integer> weights = new LinkedHashMap<>();
    List<String> deployTags = List.of();
    List<RuleSpec> rules = List.of();
    List<ScanConfig.CheckReference> references = new ArrayList<>();
    for (Map.Entry<String, YamlNode> e : map.entries().entrySet()) {
      String key = e.getKey();
      YamlNode value = e.getValue();
      switch (key) {
        case "exempt" -> exemptions = exemptions(value, references);
        case "ignore" -> ignore = globs(key, value);
        case "workItems" -> workItems = patterns(key, value);
        case "weights" -> weights = weights(value, references);
        case "deployTags" -> deployTags = globs(key, value);
        case "rules" -> rules = rules(value);
        default ->
            throw new ConfigException(
                source,
                keyLine(key, value),
                "unknown key '" + key + "' (known keys: " + String.join(", ", KEYS) + ")");
      }
    }
    return new ScanConfig(
        source, exemptions, ignore, workItems, weights, deployTags, rules, references);
  }

  private Map<String, String> exemptions(
      YamlNode node, List<ScanConfig.CheckReference> references) {
    Map<String, String> exemptions = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : mapping("exempt", node).entries().entrySet()) {
      String id = e.getKey();
      int line = keyLine(id, e.getValue());
      checkId(id, line);
      String reason = e.getValue().text().map(String::strip).orElse("");
      if (!(e.getValue() instanceof YamlNode.Scalar) || blank(reason)) {
        throw new ConfigException(
            source,
            line,
            "the exemption of "
                + id
                + " needs a reason, shown in every report: "
                + id
                + ": \"why it does not apply here\"");
      }
      exemptions.put(id, reason);
      references.add(new ScanConfig.CheckReference(id, "exempt", line));
    }
    return exemptions;
  }

  private Map<String, Integer> weights(YamlNode node, List<ScanConfig.CheckReference> references) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (Map.Entry<String, YamlNode> e : mapping("weights", node).entries().entrySet()) {
      String id = e.getKey();
      int line = keyLine(id, e.getValue());
      checkId(id, line);
      weights.put(id, weight("the weight of " + id, e.getValue(), line));
      references.add(new ScanConfig.CheckReference(id, "weights", line));
    }
    return weights;
  }

  private int weight(String what, YamlNode node, int line) {
    String text = node.text().map(String::strip).orElse("");
    int weight;
    try {
      weight = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ConfigException(
          source, line, what + " must be 1, 2 or 3, not " + shown(node, text));
    }
    if (weight < 1 || weight > 3) {
      throw new ConfigException(source, line, what + " is " + weight + "; weights are 1, 2 or 3");
    }
    return weight;
  }

  private List<String> globs(String key, YamlNode node) {
    List<String> globs = new ArrayList<>();
    for (YamlNode item : sequence(key, node).items()) {
      globs.add(nonBlankText(key + " entry", item));
    }
    return globs;
  }

  private List<Pattern> patterns(String key, YamlNode node) {
    List<Pattern> patterns = new ArrayList<>();
    for (YamlNode item : sequence(key, node).items()) {
      patterns.add(regex(key + " entry", item));
    }
    return patterns;
  }

  private List<RuleSpec> rules(YamlNode node) {
    List<RuleSpec> rules = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (YamlNode item : sequence("rules", node).items()) {
      RuleSpec rule = rule(item);
      if (!ids.add(rule.id())) {
        throw fail(item, "two rules have the id " + rule.id());
      }
      rules.add(rule);
    }
    return rules;
  }

  private RuleSpec rule(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping rule)) {
      throw fail(
          node, "a rule is a map with id, title, remediation and one test, not " + type(node));
    }
    for (Map.Entry<String, YamlNode> e : rule.entries().entrySet()) {
      if (!RULE_KEYS.contains(e.getKey())) {
        throw new ConfigException(
            source,
            keyLine(e.getKey(), e.getValue()),
            "unknown key '"
                + e.getKey()
                + "' in a rule (known keys: "
                + String.join(", ", RULE_KEYS)
                + ")");
      }
    }
    YamlNode idNode = rule.get("id").orElseThrow(() -> fail(rule, "a rule needs an id"));
    String id = nonBlankText("the rule's id", idNode);
    checkId(id, idNode.line());
    String prefix = id.substring(0, id.indexOf('/'));
    Practice practice = practice(prefix, idNode);
    if (rule.get("practice").isPresent()) {
      YamlNode p = rule.get("practice").get();
      String named = nonBlankText("practice", p);
      practice(named, p);
      if (!named.equals(prefix)) {
        throw fail(p, "rule " + id + " belongs to " + prefix + " by its id, not " + named);
      }
    }
    String what = "rule " + id;
    String title = required(rule, "title", what);
    String remediation = required(rule, "remediation", what);
    int weight =
        rule.get("weight")
            .map(w -> weight("the weight of " + what, w, w.line()))
            .orElse(DEFAULT_RULE_WEIGHT);
    Set<RepositoryKind> appliesTo =
        rule.get("appliesTo")
            .map(a -> kinds(what, a))
            .orElseGet(() -> EnumSet.allOf(RepositoryKind.class));
    List<RuleSpec.Kind> kinds =
        Arrays.stream(RuleSpec.Kind.values()).filter(k -> rule.get(k.key()).isPresent()).toList();
    if (kinds.size() != 1) {
      String tests =
          Arrays.stream(RuleSpec.Kind.values())
              .map(RuleSpec.Kind::key)
              .collect(Collectors.joining(", "));
      throw fail(
          rule,
          kinds.isEmpty()
              ? what + " needs one test: " + tests
              : what
                  + " has "
                  + kinds.stream().map(RuleSpec.Kind::key).collect(Collectors.joining(" and "))
                  + "; give one test per rule");
    }
    RuleSpec.Kind kind = kinds.get(0);
    YamlNode test = rule.get(kind.key()).orElseThrow();
    String path = null;
    Pattern pattern = null;
    switch (kind) {
      case FILE_EXISTS -> path = nonBlankText(kind.key(), test);
      case PIPELINE_RUNS -> pattern = regex(kind.key(), test);
      case FILE_CONTAINS -> {
        YamlNode.Mapping contains = mapping(kind.key(), test);
        for (Map.Entry<String, YamlNode> e : contains.entries().entrySet()) {
          if (!List.of("path", "pattern").contains(e.getKey())) {
            throw new ConfigException(
                source,
                keyLine(e.getKey(), e.getValue()),
                "unknown key '" + e.getKey() + "' in fileContains (known keys: path, pattern)");
          }
        }
        path =
            nonBlankText(
                "fileContains path",
                contains.get("path").orElseThrow(() -> fail(test, "fileContains needs a path")));
        pattern =
            regex(
                "fileContains pattern",
                contains
                    .get("pattern")
                    .orElseThrow(() -> fail(test, "fileContains needs a pattern")));
      }
    }
    return new RuleSpec(
        id,
        practice,
        title,
        weight,
        appliesTo,
        remediation,
        kind,
        path,
        path == null ? null : ScanConfig.glob(path),
        pattern,
        rule.line());
  }

  private Practice practice(String id, YamlNode node) {
    try {
      return Practice.fromId(id);
    } catch (IllegalArgumentException e) {
      throw fail(
          node,
          "unknown practice '"
              + id
              + "' (practices: "
              + Arrays.stream(Practice.values()).map(Practice::id).collect(Collectors.joining(", "))
              + ")");
    }
  }

  private Set<RepositoryKind> kinds(String what, YamlNode node) {
    Set<RepositoryKind> kinds = EnumSet.noneOf(RepositoryKind.class);
    for (YamlNode item : sequence("appliesTo", node).items()) {
      String id = nonBlankText("appliesTo entry", item);
      kinds.add(
          Arrays.stream(RepositoryKind.values())
              .filter(k -> k.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      fail(
                          item,
                          "unknown kind of repository '"
                              + id
                              + "' (kinds: "
                              + Arrays.stream(RepositoryKind.values())
                                  .map(RepositoryKind::id)
                                  .collect(Collectors.joining(", "))
                              + ")")));
    }
    if (kinds.isEmpty()) {
      throw fail(node, what + ": appliesTo names no kind of repository");
    }
    return kinds;
  }

  private String required(YamlNode.Mapping rule, String key, String what) {
    return nonBlankText(key, rule.get(key).orElseThrow(() -> fail(rule, what + " needs a " + key)));
  }

  private Pattern regex(String what, YamlNode node) {
    String text = nonBlankText(what, node);
    try {
      return Pattern.compile(text);
    } catch (PatternSyntaxException e) {
      throw fail(
          node, what + " is not a valid regular expression: " + e.getDescription() + " in " + text);
    }
  }

  private void checkId(String id, int line) {
    if (!CHECK_ID.matcher(id).matches()) {
      throw new ConfigException(
          source,
          line,
          "'" + id + "' is not a check id (practice/name, e.g. ci-cd/tests-in-pipeline)");
    }
  }

  private YamlNode.Mapping mapping(String key, YamlNode node) {
    if (empty(node)) {
      return new YamlNode.Mapping(Map.of(), node.line());
    }
    if (node instanceof YamlNode.Mapping m) {
      return m;
    }
    throw fail(node, key + " must be a map of keys and values, not " + type(node));
  }

  private YamlNode.Sequence sequence(String key, YamlNode node) {
    if (empty(node)) {
      return new YamlNode.Sequence(List.of(), node.line());
    }
    if (node instanceof YamlNode.Sequence s) {
      return s;
    }
    throw fail(node, key + " must be a list (- item, or [a, b]), not " + type(node));
  }

  private String nonBlankText(String what, YamlNode node) {
    if (!(node instanceof YamlNode.Scalar s)) {
      throw fail(node, what + " must be text, not " + type(node));
    }
    String text = s.value() == null ? "" : s.value().strip();
    if (text.isEmpty()) {
      throw fail(node, what + " is empty");
    }
    return text;
  }

  private ConfigException fail(YamlNode node, String problem) {
    return new ConfigException(source, node.line(), problem);
  }

  /**
   * The line of a mapping key. The parsed tree keeps the lines of values only; a scalar value sits
   * on its key's line, but a block value or an empty one starts elsewhere, so look back from the
   * value for the line that holds the key.
   */
  private int keyLine(String key, YamlNode value) {
    Pattern keyAt =
        Pattern.compile("^\\s*(?:-\\s+)?([\"']?)" + Pattern.quote(key) + "\\1\\s*:(\\s|$).*");
    int from = Math.min(value.line(), lines.size());
    for (int l = from; l >= 1 && l > from - 50; l--) {
      if (keyAt.matcher(lines.get(l - 1)).matches()) {
        return l;
      }
    }
    return value.line();
  }

  private static boolean empty(YamlNode node) {
    return node instanceof YamlNode.Scalar s && blank(s.value());
  }

  /** Nothing, as YAML writes it: an empty value, {@code ~} or {@code null}. */
  private static boolean blank(String value) {
    return value == null || value.isBlank() || value.equals("~") || value.equals("null");
  }

  private static String type(YamlNode node) {
    if (node instanceof YamlNode.Mapping) {
      return "a map";
    }
    if (node instanceof YamlNode.Sequence) {
      return "a list";
    }
    return "'" + node.text().orElse("") + "'";
  }

  private static String shown(YamlNode node, String text) {
    return node instanceof YamlNode.Scalar ? "'" + text + "'" : type(node);
  }
}
