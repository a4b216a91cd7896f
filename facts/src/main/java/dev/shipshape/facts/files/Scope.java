package dev.shipshape.facts.files;

/**
 * Whose practice a file is evidence of. Only {@link #OWN} files count as the repository's own
 * configuration (pipelines, policies, IaC); test data, examples, vendored and generated files do
 * not.
 */
public enum Scope {
  OWN,
  TEST_DATA,
  EXAMPLE,
  VENDORED,
  GENERATED,
  IGNORED
}
