package dev.shipshape.checks.custom;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckDefinition;
import dev.shipshape.checks.CheckMeta;
import dev.shipshape.facts.config.RuleSpec;
import java.util.List;

/**
 * Turns the custom rules of a configuration into checks of their chosen practice, scored and
 * reported like the built-in ones.
 */
public final class CustomRules {
  private CustomRules() {}

  public static List<CheckDefinition> definitions(List<RuleSpec> rules) {
    return rules.stream().map(CustomRules::definition).toList();
  }

  public static CheckDefinition definition(RuleSpec rule) {
    CheckMeta meta =
        new CheckMeta(
            rule.id(),
            rule.practice(),
            rule.title(),
            rule.weight(),
            rule.appliesTo(),
            rule.remediation());
    Check check =
        switch (rule.kind()) {
          case FILE_EXISTS -> new FileExistsRule(rule);
          case FILE_CONTAINS -> new FileContainsRule(rule);
          case PIPELINE_RUNS -> new PipelineRunsRule(rule);
        };
    return new CheckDefinition(meta, check);
  }
}
