package dev.shipshape.facts.files;

import dev.shipshape.repository.TreeFile;

/** A file of the tree with its classification; {@code language} is null when not code. */
public record SourceFile(TreeFile file, Scope scope, Role role, String language) {

  public String folder() {
    return file.folder();
  }

  public String path() {
    return file.path();
  }

  public String name() {
    return file.name();
  }

  public boolean own() {
    return scope == Scope.OWN;
  }
}
