package dev.shipshape.facts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackageScriptsTest {
  private static final String PACKAGE =
      """
      {
        "name": "web",
        "scripts": {
          "pretest": "npm run lint",
          "test": "vitest run",
          "posttest": "c8 report",
          "lint": "eslint .",
          "ci": "npm run build && yarn e2e && pnpm run a11y && run-s audit",
          "build": "vite build",
          "e2e": "playwright test",
          "a11y": "pa11y-ci",
          "audit": "npm audit --omit dev",
          "prebuild": "npm run generate",
          "generate": "openapi-generator generate"
        }
      }
      """;

  private static List<String> run(String json, String... names) {
    return PackageScripts.read(json).linesOf(List.of(names));
  }

  @Test
  void aScriptRunsWithItsPreAndPostScripts() {
    assertThat(run(PACKAGE, "test")).startsWith("npm run lint", "vitest run", "c8 report");
  }

  @Test
  void theScriptsAScriptRunsAreFollowedOneLevel() {
    assertThat(run(PACKAGE, "ci"))
        .containsExactly(
            "npm run build && yarn e2e && pnpm run a11y && run-s audit",
            "npm run generate",
            "vite build",
            "playwright test",
            "pa11y-ci",
            "npm audit --omit dev");
    assertThat(run(PACKAGE, "test")).as("pretest runs lint").endsWith("eslint .");
  }

  @Test
  void withoutANameNothingRuns() {
    assertThat(run(PACKAGE)).isEmpty();
    assertThat(run(PACKAGE, "deploy")).isEmpty();
  }

  @Test
  void aPackageWithoutScriptsOrNotJsonReadsAsNoScripts() {
    assertThat(run("{\"name\": \"x\"}", "test")).isEmpty();
    assertThat(run("{\"scripts\": [\"test\"]}", "test")).isEmpty();
    assertThat(run("{\"scripts\": {\"test\": 1, \"lint\": \"eslint\"}}", "test", "lint"))
        .containsExactly("eslint");
    assertThat(run("{\"scripts\": {\"test\": \"jest\"", "test")).isEmpty();
    assertThat(run("test:\n\tpytest\n", "test")).isEmpty();
    assertThat(run("", "test")).isEmpty();
  }
}
