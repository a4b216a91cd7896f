package dev.shipshape.facts.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.repository.CommitInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DependencyUpdateCommitsTest {
  private static CommitInfo commit(String author, String subject, int parents) {
    List<String> ids = parents == 2 ? List.of("a", "b") : List.of("a");
    return new CommitInfo(
        "c", ids, author, author + "@users.noreply.example", Instant.EPOCH, Instant.EPOCH, subject);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "dependabot[bot] => Bump lodash from 4.17.20 to 4.17.21 => 1 => true",
        "renovate[bot] => fix typo => 1 => true",
        "Ada => Bump com.fasterxml.jackson.core:jackson-databind from 2.15.0 to 2.15.1 => 1 => true",
        "Ada => chore(deps): update actions/checkout action to v4 => 1 => true",
        "Ada => build(deps-dev): bump eslint => 1 => true",
        "Ada => Update dependency react to v18.3.1 => 1 => true",
        "Ada => Merge pull request #12 from acme/dependabot/npm_and_yarn/lodash-4.17.21 => 2 => true",
        "Ada => Fix the bump in the login form => 1 => false",
        "Ada => Update README => 1 => false",
        "Ada => Merge pull request #13 from acme/feature/login => 2 => false",
      })
  void recognisesUpdates(String author, String subject, int parents, boolean expected) {
    assertThat(DependencyUpdateCommits.isUpdate(commit(author, subject, parents), null))
        .isEqualTo(expected);
  }
}
