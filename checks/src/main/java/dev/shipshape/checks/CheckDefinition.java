package dev.shipshape.checks;

/** A check with its metadata. */
public record CheckDefinition(CheckMeta meta, Check check) {

  public static CheckDefinition of(Check check) {
    return new CheckDefinition(CheckMeta.of(check.getClass()), check);
  }
}
