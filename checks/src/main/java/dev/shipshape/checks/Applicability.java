package dev.shipshape.checks;

import dev.shipshape.facts.Facts;

/**
 * Where a repository's kind says too little: a library can be application code or a reusable module
 * of infrastructure code, and checks of the one do not judge the other.
 */
public final class Applicability {
  private Applicability() {}

  /** For checks of application code, which a module of infrastructure code has none of. */
  public static Outcome.NotApplicable notForInfrastructureCode(Facts facts) {
    return Outcome.notApplicable(
        "it judges application code, and this library is infrastructure code ("
            + facts.kindReason()
            + ")");
  }

  /** For checks of infrastructure code, which a library of application code leaves to its users. */
  public static Outcome.NotApplicable notForApplicationLibraries() {
    return Outcome.notApplicable(
        "a library of application code: the infrastructure it runs on is its users' to define");
  }
}
