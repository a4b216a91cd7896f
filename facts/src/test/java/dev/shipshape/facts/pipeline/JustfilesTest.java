package dev.shipshape.facts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JustfilesTest {
  private static final String JUSTFILE =
      """
      set dotenv-load
      python := "python3"
      alias t := test

      # the default recipe
      default: lint
        @echo ok

      [private]
      lint:
          ruff check .

      test target="tests": (build "dev") && report
          -{{python}} -m pytest {{target}}
      build mode:
          uv sync
      report:
          coverage report
      """;

  private static List<String> run(String... names) {
    return Justfiles.read(JUSTFILE).linesOf(List.of(names));
  }

  @Test
  void aRecipeRunsItsIndentedBodyAndTheRecipesItDependsOn() {
    assertThat(run("test"))
        .containsExactly("{{python}} -m pytest {{target}}", "uv sync", "coverage report");
  }

  @Test
  void withoutANameTheFirstRecipeRunsAndAnAliasRunsItsRecipe() {
    assertThat(run()).containsExactly("echo ok", "ruff check .");
    assertThat(run("t")).startsWith("{{python}} -m pytest {{target}}");
  }

  @Test
  void anythingElseReadsAsNoRecipes() {
    assertThat(Justfiles.read("{\"x\": 1}\n  pytest\n").linesOf(List.of("x"))).isEmpty();
  }
}
