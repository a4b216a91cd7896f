package dev.shipshape.facts.yaml;

/** A YAML document that does not parse; {@code line} is 1-based, 0 when unknown. */
public class YamlException extends RuntimeException {
  private final int line;

  public YamlException(String message, int line) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
