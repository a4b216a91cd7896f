package dev.shipshape.engine;

import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.CheckRegistry;
import dev.shipshape.checks.custom.CustomRules;
import dev.shipshape.facts.config.ConfigException;
import dev.shipshape.facts.config.RuleSpec;
import dev.shipshape.facts.config.ScanConfig;
import java.util.Comparator;
import java.util.List;

/**
 * The checks a configured scan runs: the registry plus the configuration's custom rules. Here,
 * where every check id is known, the configuration is held to it: a custom rule may not reuse a
 * built-in id, and an exemption or weight must name a check that exists (a typo would otherwise
 * silently leave the check unexempted).
 */
final class ConfiguredChecks {
  private ConfiguredChecks() {}

  /**
   * @throws ConfigException naming the config's file and line of the first offending id
   */
  static CheckRegistry of(CheckRegistry registry, ScanConfig config) {
    if (config.rules().isEmpty() && config.checkReferences().isEmpty()) {
      return registry;
    }
    String source = config.source() != null ? config.source() : "the configuration";
    for (RuleSpec rule : config.rules()) {
      if (registry.find(rule.id()).isPresent()) {
        throw new ConfigException(
            source,
            rule.line(),
            "the rule " + rule.id() + " has the id of a built-in check; give it another name");
      }
    }
    List<CheckDefinition> custom = CustomRules.definitions(config.rules());
    CheckRegistry all = registry.with(custom);
    for (ScanConfig.CheckReference ref : config.checkReferences()) {
      if (all.find(ref.id()).isEmpty()) {
        throw new ConfigException(
            source,
            ref.line(),
            "unknown check '"
                + ref.id()
                + "' under "
                + ref.key()
                + nearest(ref.id(), all)
                + " (`shipshape checks` lists them)");
      }
    }
    return all;
  }

  /** A likely intended id, for a misspelt one: same practice and close, or same name. */
  private static String nearest(String id, CheckRegistry all) {
    return all.all().stream()
        .map(d -> d.meta().id())
        .filter(known -> distance(id, known) <= Math.max(2, id.length() / 5))
        .min(Comparator.comparingInt(known -> distance(id, known)))
        .map(known -> "; did you mean " + known + "?")
        .orElse("");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
