package dev.shipshape.model;

/**
 * The repository as the report names it. {@code revision} and {@code branch} are null when the
 * scanned folder is not a git repository or HEAD is detached.
 */
public record RepositoryDescriptor(
    String name, String location, String revision, String branch, RepositoryKind kind) {}
