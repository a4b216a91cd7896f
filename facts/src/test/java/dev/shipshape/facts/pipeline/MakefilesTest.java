package dev.shipshape.facts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MakefilesTest {
  private static List<String> run(String makefile, String... goals) {
    return Makefiles.read(makefile).linesOf(List.of(goals));
  }

  @Test
  void aTargetRunsItsTabIndentedRecipeAndNoOtherTargets() {
    String makefile =
        """
        .PHONY: test lint

        # the unit tests
        test:
        \tpip install -e .
        \t@pytest -q tests/

        lint:
        \truff check .
        """;
    assertThat(run(makefile, "test")).containsExactly("pip install -e .", "@pytest -q tests/");
    assertThat(run(makefile, "lint", "test")).hasSize(3).first().isEqualTo("ruff check .");
  }

  @Test
  void withoutAGoalTheFirstTargetRunsNotASpecialTargetOrAPatternRule() {
    String makefile =
        """
        VERSION := 1.0
        .PHONY: all
        %.o: %.c
        \tcc -c $<
        all: build
        \techo done
        build:
        \tgo build ./...
        """;
    assertThat(run(makefile)).containsExactly("echo done", "go build ./...");
  }

  @Test
  void theDefaultGoalVariableNamesTheFirstTarget() {
    assertThat(run(".DEFAULT_GOAL := check\nall:\n\techo all\ncheck:\n\tpytest\n"))
        .containsExactly("pytest");
  }

  @Test
  void prerequisitesAreFollowedOneLevelAndNotFurther() {
    String makefile =
        """
        ci: lint test | deps
        \techo ci done
        lint:
        \tgolangci-lint run
        test: build
        \tgo test ./...
        deps:
        \tgo mod download
        build: generate
        \tgo build ./...
        generate:
        \tgo generate ./...
        """;
    assertThat(run(makefile, "ci"))
        .containsExactly("echo ci done", "golangci-lint run", "go test ./...", "go mod download");
  }

  @Test
  void aRecipeThatRunsMakeAgainOnTheSameMakefileNeedsThoseTargets() {
    String makefile = "ci:\n\t$(MAKE) lint\n\t${MAKE} -k unit\nlint:\n\tflake8\nunit:\n\tpytest\n";
    assertThat(run(makefile, "ci"))
        .containsExactly("make lint", "make -k unit", "flake8", "pytest");
  }

  @Test
  void continuationsInlineRecipesAndDoubleColonRulesAreRead() {
    String makefile =
        """
        test: \\
        \t\tunit
        unit: ; pytest \\
        \t\t-q
        e2e::
        \tnpx playwright test
        """;
    assertThat(run(makefile, "test")).containsExactly("pytest -q");
    assertThat(run(makefile, "e2e")).containsExactly("npx playwright test");
  }

  @Test
  void variablesItCanResolveAreResolvedAndOthersKeptAsTheyAre() {
    String makefile =
        """
        PYTHON ?= python3
        PYTEST = $(PYTHON) -m pytest
        TESTS := unit
        FILES = $(shell git ls-files)
        check: $(TESTS)
        \t$(PYTEST) $(FILES) $(UNKNOWN) $@
        unit:
        \t${PYTEST} tests/unit
        """;
    assertThat(run(makefile, "check"))
        .containsExactly(
            "python3 -m pytest $(shell git ls-files) $(UNKNOWN) $@",
            "python3 -m pytest tests/unit");
  }

  @Test
  void definitionsConditionalsCommentsAndTargetVariablesAreNotRecipes() {
    String makefile =
        """
        define HELP
        \tpytest never runs
        endef
        test: export CI = true
        test:
        ifeq ($(CI),true)
        \tpytest --ci
        else
        \tpytest
        endif
        \t# pytest --slow
        """;
    assertThat(run(makefile, "test")).containsExactly("pytest --ci", "pytest");
  }

  @Test
  void aGoalTheMakefileDoesNotHaveRunsNothing() {
    assertThat(run("test:\n\tpytest\n", "deploy")).isEmpty();
    assertThat(run("")).isEmpty();
  }

  @Test
  void anythingThatIsNotAMakefileReadsAsNoTargets() {
    assertThat(run("{\"name\": \"x\"}\n\tpytest\n:::\n\t=\n$(\n", "test")).isEmpty();
    assertThat(run("\0\1binary", "test")).isEmpty();
  }

  @Test
  void onlySoManyTargetsAreFollowed() {
    StringBuilder makefile = new StringBuilder("all:");
    IntStream.range(0, 100).forEach(i -> makefile.append(" t").append(i));
    makefile.append('\n');
    IntStream.range(0, 100).forEach(i -> makefile.append("t" + i + ":\n\techo " + i + "\n"));
    assertThat(run(makefile.toString())).hasSize(Recipes.MAX_FOLLOWED - 1);
  }

  @Test
  void variablesThatWouldGrowWithoutEndStopGrowingAndTheirLinesStayAsWritten() {
    // each variable is fifty of the one before: resolved in full, a line would be 16 * 50^5 long
    StringBuilder makefile = new StringBuilder("A0 = xxxxxxxxxxxxxxxx\n");
    IntStream.range(1, 6)
        .forEach(i -> makefile.append("A" + i + " = " + ("$(A" + (i - 1) + ")").repeat(50) + "\n"));
    makefile.append("test:\n");
    IntStream.range(0, 1000).forEach(i -> makefile.append("\techo $(A5)\n"));
    List<String> lines = run(makefile.toString(), "test");
    assertThat(lines).hasSize(1000).last().isEqualTo("echo $(A5)");
    assertThat(lines.stream().mapToInt(String::length).sum()).isLessThan(1 << 20);
  }
}
