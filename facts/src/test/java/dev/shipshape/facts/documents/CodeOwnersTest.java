package dev.shipshape.facts.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeOwnersTest {
  private static final CodeOwners OWNERS =
      CodeOwners.parse(
          """
          # default owners
          *                 @acme/app
          /infra/           @acme/platform
          docs/             @acme/writers
          *.tf              @acme/platform
          /build/generated/
          [Database] @acme/dba
          apps/**/db/*.sql  dba@acme.example  # inline comment
          """);

  @ParameterizedTest
  @CsvSource({
    "src/Main.java, @acme/app",
    "infra/main.tf, @acme/platform",
    "modules/net/main.tf, @acme/platform",
    "infra/README.md, @acme/platform",
    "sub/docs/guide.md, @acme/writers",
    "apps/shop/v1/db/001.sql, dba@acme.example",
    "src/infra/x.java, @acme/app",
  })
  void theLastMatchingLineWins(String path, String owner) {
    assertThat(OWNERS.ownersOf(path)).containsExactly(owner);
  }

  @Test
  void aPatternWithoutOwnersLeavesItsPathsUnowned() {
    assertThat(OWNERS.ownersOf("build/generated/Foo.java")).isEmpty();
    assertThat(OWNERS.ruleFor("build/generated/Foo.java").get().line()).isEqualTo(6);
  }

  @Test
  void withoutACatchAllSomePathsHaveNoRule() {
    CodeOwners owners = CodeOwners.parse("/src/ @a\n");
    assertThat(owners.ownersOf("src/a.go")).containsExactly("@a");
    assertThat(owners.ruleFor("lib/src/a.go")).isEmpty();
  }
}
