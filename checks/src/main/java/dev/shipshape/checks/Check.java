package dev.shipshape.checks;

import dev.shipshape.facts.Facts;

/**
 * A check: a pure function of the scan's facts. Declare its metadata with {@link CheckInfo} and add
 * it to {@link BuiltInChecks}; third-party checks are found through {@link
 * java.util.ServiceLoader}.
 */
@FunctionalInterface
public interface Check {
  Outcome evaluate(Facts facts);
}
