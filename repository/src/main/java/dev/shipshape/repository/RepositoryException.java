package dev.shipshape.repository;

/**
 * The repository cannot be read as asked: a missing path, an empty repository, an unknown revision,
 * an unreachable URL. The message is one line for the user, naming what and where.
 */
public class RepositoryException extends RuntimeException {
  public RepositoryException(String message) {
    super(message);
  }

  public RepositoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
