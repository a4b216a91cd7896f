package dev.shipshape.facts.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What names a work item in a commit message or a branch name (CATALOGUE.md). */
class WorkItemsTest {
  private final WorkItems defaults = new WorkItems(List.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Fix login (#123)",
        "GH-12: retry",
        "AB#4711 deploy",
        "SHIP-2068: Refactor date parsing",
        "See https://jira.example.org/browse/PROJ for the why", // a link, no number
        "Closes https://github.com/o/r/issues/9",
        "Merge request !42",
        "body line\n\nRefs: ABC-1"
      })
  void namesAWorkItem(String message) {
    assertThat(defaults.names(message)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Refactor pagination in audit",
        "Use UTF-8 everywhere",
        "Pin SHA-256 of the image",
        "Bump version to 1.2.3",
        "a&#39;s fix",
        ""
      })
  void namesNone(String message) {
    assertThat(defaults.names(message)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"feature/abc-123-login", "123-fix-typo", "fix/PROJ-9"})
  void branchesNameItemsInLowerCaseToo(String branch) {
    assertThat(defaults.namesInBranch(branch)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Story: checkout flow", "story:x"})
  void theRepositorysOwnPatternsCountWithoutANumber(String message) {
    WorkItems own = new WorkItems(List.of(Pattern.compile("(?i)story:")));
    assertThat(own.names(message)).isTrue();
  }
}
