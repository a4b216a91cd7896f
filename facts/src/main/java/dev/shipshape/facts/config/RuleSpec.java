package dev.shipshape.facts.config;

import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A custom rule declared under {@code rules:} in the configuration, as plain data; the checks
 * module turns it into a check. Exactly one kind of test: a file exists ({@code path}), a file
 * contains a pattern ({@code path} and {@code pattern}), or a pipeline step runs a command ({@code
 * pattern}).
 *
 * @param path the glob as written, null for {@link Kind#PIPELINE_RUNS}
 * @param pathPattern {@code path} compiled (whole path from the root), null when no path
 * @param pattern the regular expression, null for {@link Kind#FILE_EXISTS}
 * @param line where the rule starts in the config, for messages
 */
public record RuleSpec(
    String id,
    Practice practice,
    String title,
    int weight,
    Set<RepositoryKind> appliesTo,
    String remediation,
    Kind kind,
    String path,
    Pattern pathPattern,
    Pattern pattern,
    int line) {

  public enum Kind {
    FILE_EXISTS("fileExists"),
    FILE_CONTAINS("fileContains"),
    PIPELINE_RUNS("pipelineRuns");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The YAML key that declares this kind. */
    public String key() {
      return key;
    }
  }

  public RuleSpec {
    appliesTo = Set.copyOf(appliesTo);
  }

  /** Whether a path matches the rule's glob. */
  public boolean matchesPath(String candidate) {
    return pathPattern != null && pathPattern.matcher(candidate).matches();
  }
}
