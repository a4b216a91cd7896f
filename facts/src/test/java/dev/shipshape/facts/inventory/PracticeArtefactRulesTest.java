package dev.shipshape.facts.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.InventoryCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The observability, security, collaboration and operations rules of {@link InventoryRules}: for
 * each row, whether a file at that path with that text gives the word. {@code \n} in text is a line
 * break; an empty text is a file matched by its path alone.
 */
class PracticeArtefactRulesTest {

  static boolean gives(String category, String word, String path, String text) {
    InventoryCategory c = InventoryCategory.fromId(category);
    String content = text == null ? "" : text.replace("\\n", "\n");
    return InventoryRules.ALL.stream()
        .filter(r -> r.category() == c && r.word().equals(word) && r.forFiles())
        .anyMatch(
            r ->
                r.path().matcher(path).matches()
                    && (r.content() == null || r.content().matcher(content).find()));
  }

  @ParameterizedTest(name = "{0}/{1} from {2}: {4}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "security => license => LICENSE => '' => true",
        "security => license => License.md => '' => true",
        "security => license => COPYING.LESSER => '' => true",
        "security => license => LICENSES/MIT.txt => '' => true",
        "security => license => lib/LICENSE => '' => false",
        "security => security-policy => .github/security.md => '' => true",
        "security => security-policy => docs/SECURITY.rst => '' => true",
        "security => security-policy => src/SECURITY.md => '' => false",
        "collaboration => readme => .github/README.md => '' => true",
        "collaboration => readme => readme.rst => '' => true",
        "observability => health-checks => compose.yaml => services:\\n  db:\\n    healthcheck: x => true",
        "observability => health-checks => compose.yaml => services:\\n  db:\\n    image: x => false",
        "operations => postmortems => .github/ISSUE_TEMPLATE/incident-report.md => '' => true",
        "operations => postmortems => .github/ISSUE_TEMPLATE/bug.md => '' => false",
        "operations => db-migrations => alembic/versions/001_init.py => '' => true",
        "operations => db-migrations => src/Data/Migrations/20240101_Init.cs => '' => true",
        "operations => db-migrations => requirements.txt => django==5.0 => false",
        "operations => db-migrations => requirements.txt => alembic==1.13 => true",
      })
  void rules(String category, String word, String path, String text, boolean expected) {
    assertThat(gives(category, word, path, text)).isEqualTo(expected);
  }
}
