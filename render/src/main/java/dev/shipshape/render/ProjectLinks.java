package dev.shipshape.render;

/**
 * Where shipshape's own documentation lives, for the links reports carry (SARIF help, the HTML and
 * Markdown check links). One place, so that moving the project changes one line.
 */
public final class ProjectLinks {

  /** The project's home; a placeholder until the public repository has its final address. */
  public static final String REPOSITORY = "https://github.com/shipshape-dev/shipshape";

  private ProjectLinks() {}

  /**
   * The doc page of a check, {@code docs/checks/<practice>/<name>.md}. The id is percent-encoded so
   * that a malformed id cannot leave the path.
   */
  public static String checkDoc(String checkId) {
    return REPOSITORY + "/blob/main/docs/checks/" + UriText.path(checkId) + ".md";
  }

  /** The list of every check, {@code docs/checks/README.md}. */
  public static String checkCatalogue() {
    return REPOSITORY + "/blob/main/docs/checks/README.md";
  }
}
