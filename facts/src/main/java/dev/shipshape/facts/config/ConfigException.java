package dev.shipshape.facts.config;

/**
 * A configuration that cannot be used: it does not parse, has an unknown key, a wrong type, an
 * exemption without a reason, a weight out of range, a bad pattern or names an unknown check. The
 * message is one line: {@code <file>:<line>: <problem>}.
 */
public class ConfigException extends RuntimeException {
  private final String source;
  private final int line;
  private final String problem;

  /**
   * @param source the config file as the user knows it ({@code .shipshape.yml}, or the path given)
   * @param line 1-based, 0 when unknown
   */
  public ConfigException(String source, int line, String problem) {
    super(source + (line > 0 ? ":" + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
