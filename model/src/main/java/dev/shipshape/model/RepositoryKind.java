package dev.shipshape.model;

/** What the repository is, which decides where checks apply. */
public enum RepositoryKind {
  SERVICE("service"),
  LIBRARY("library"),
  INFRASTRUCTURE("infrastructure"),
  SITE("site"),
  OTHER("other");

  private final String id;

  RepositoryKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
