package dev.shipshape.facts.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.facts.MemoryTree;
import org.junit.jupiter.api.Test;

class ScriptsRunTest {
  private static final String MAKEFILE =
      ".PHONY: all test\nall: test\ntest:\n\tpytest -q\nlint:\n\tbandit -r src\n";
  private static final String PACKAGE =
      "{\"scripts\": {\"test\": \"jest\", \"e2e\": \"playwright test\", \"lint\": \"eslint .\"}}";

  private static String expand(String command, MemoryTree tree) {
    return ScriptsRun.expand(command, "", tree.projectFiles());
  }

  private static String expandIn(String folder, String command, MemoryTree tree) {
    return ScriptsRun.expand(command, folder, tree.projectFiles());
  }

  @Test
  void theRepositorysOwnScriptIsReadOneLevelDeep() {
    MemoryTree tree =
        new MemoryTree().with(".ci/run", "./mvnw verify\n./.ci/more\n").with(".ci/more", "pytest");
    assertThat(expand("sudo -E bash .ci/run", tree))
        .contains("./mvnw verify")
        .doesNotContain("pytest");
  }

  /** Each command's expansion holds {@code text}; none for {@code null}: only the command. */
  private static void eachReads(MemoryTree tree, String text, String... commands) {
    for (String command : commands) {
      String expanded = expand(command, tree);
      if (text == null) {
        assertThat(expanded).as(command).isEqualTo(command);
      } else {
        assertThat(expanded).as(command).contains(text);
      }
    }
  }

  @Test
  void makeTargetsAreReadFromTheRootMakefile() {
    MemoryTree tree = new MemoryTree().with("Makefile", MAKEFILE);
    assertThat(expand("make lint", tree)).contains("bandit -r src").doesNotContain("pytest");
    assertThat(expand("make", tree)).contains("pytest -q").doesNotContain("bandit");
    assertThat(expand("FOO=1 make -j 4 --no-print-directory V=1 test lint 2>&1 | tee log", tree))
        .contains("pytest -q", "bandit -r src");
    eachReads(tree, "pytest -q", "if true; then\n  sudo make test\nfi", "gmake all");
    eachReads(tree, null, "make -n test", "make --version", "echo make test");
  }

  @Test
  void makeReadsTheFolderAndFileItIsGivenWithinTheRepository() {
    MemoryTree tree =
        new MemoryTree()
            .with("Makefile", MAKEFILE)
            .with("services/api/Makefile", "test:\n\tgo test ./...\n")
            .with("mk/ci.mk", "test:\n\tcargo test\n");
    assertThat(expand("make -C services/api test", tree))
        .contains("go test")
        .doesNotContain("pytest");
    eachReads(
        tree,
        "go test",
        "make --directory=services/api test",
        "cd services/api && make test",
        "cd services && make -Capi test");
    eachReads(tree, "cargo test", "make -f mk/ci.mk test", "make -C mk -f ci.mk test");
    eachReads(
        tree, null, "make -C ../other test", "cd /tmp && make test", "make -f /etc/Makefile test");
  }

  @Test
  void aPackageManagerRunsTheScriptOfTheRootPackage() {
    MemoryTree tree = new MemoryTree().with("package.json", PACKAGE);
    assertThat(expand("npm test", tree)).contains("jest").doesNotContain("playwright");
    eachReads(tree, "jest", "npm it", "pnpm test", "yarn test");
    eachReads(
        tree,
        "playwright test",
        "npm run e2e",
        "npm run-script --silent e2e",
        "yarn e2e",
        "pnpm run e2e",
        "npm run e2e -- --headed");
    eachReads(tree, "eslint .", "yarn run lint", "pnpm lint", "bun run lint");
  }

  @Test
  void commandsThatRunNoScriptOfThisPackageAddNothing() {
    MemoryTree tree =
        new MemoryTree().with("package.json", PACKAGE).with("web/package.json", PACKAGE);
    eachReads(
        tree,
        null,
        "npm ci",
        "npm install",
        "yarn",
        "yarn --frozen-lockfile",
        "npm run",
        "bun test",
        "npm test --workspaces",
        "pnpm --filter web test",
        "pnpm -r test",
        "npm -w web test",
        "echo npm test",
        "yarn deploy");
  }

  @Test
  void aPackageInAFolderIsReadWhenTheStepGoesThere() {
    MemoryTree tree = new MemoryTree().with("web/package.json", PACKAGE);
    eachReads(tree, null, "npm test");
    eachReads(
        tree,
        "playwright test",
        "cd web\nnpm run e2e",
        "npm --prefix web run e2e",
        "npm --prefix=web run e2e",
        "yarn --cwd web e2e",
        "pnpm -C web e2e");
  }

  @Test
  void aStepsWorkingDirectoryIsWhereItsBuildFilesAndScriptsAreRead() {
    MemoryTree tree =
        new MemoryTree()
            .with("package.json", "{\"scripts\": {\"test\": \"mocha\"}}")
            .with("web/package.json", "{\"scripts\": {\"test\": \"vitest run\"}}")
            .with("web/Makefile", "lint:\n\teslint .\n")
            .with("web/justfile", "check:\n  tsc --noEmit\n")
            .with("web/run-tests.sh", "playwright test\n")
            .with("scripts/ci.sh", "cargo test\n");
    assertThat(expandIn("web", "npm test", tree)).contains("vitest run").doesNotContain("mocha");
    assertThat(expandIn("web", "make lint", tree)).contains("eslint .");
    assertThat(expandIn("web", "just check", tree)).contains("tsc --noEmit");
    assertThat(expandIn("web", "./run-tests.sh", tree)).contains("playwright test");
    assertThat(expandIn("web", "bash ../scripts/ci.sh", tree)).contains("cargo test");
    assertThat(expandIn("web", "cd .. && npm test", tree)).contains("mocha");
    assertThat(expandIn("web", "npm --prefix .. test", tree)).contains("mocha");
    // the repository's root is as far up as a step can read
    assertThat(expandIn("web", "bash ../../etc/ci.sh && make -C ../.. lint", tree))
        .isEqualTo("bash ../../etc/ci.sh && make -C ../.. lint");
  }

  @Test
  void aStepReadsWhereTheReaderSaysItRuns() {
    MemoryTree tree =
        new MemoryTree().with("web/package.json", "{\"scripts\": {\"test\": \"vitest\"}}");
    PipelineStep step =
        new PipelineStep(PipelineStep.Kind.RUN, "npm test", 3, java.util.Map.of(), "web");
    assertThat(ScriptsRun.expand(step, tree.projectFiles())).contains("vitest");
  }

  @Test
  void aToolConfigIsReadFromTheNearestFolderUpToTheRoot() {
    MemoryTree tree =
        new MemoryTree()
            .with("tox.ini", "[testenv]\ncommands = pytest\n")
            .with("services/api/tox.ini", "[testenv]\ncommands = bandit -r src\n")
            .with(
                ".pre-commit-config.yaml",
                "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n");
    assertThat(expandIn("services/api", "tox", tree)).contains("bandit").doesNotContain("pytest");
    assertThat(expandIn("services/web", "tox", tree)).contains("pytest");
    assertThat(expandIn("services/api", "pre-commit run -a", tree)).contains("gitleaks");
  }

  @Test
  void justRecipesAreReadFromTheJustfile() {
    MemoryTree tree = new MemoryTree().with("justfile", "lint:\n  ruff check .\ntest:\n  pytest\n");
    assertThat(expand("just test", tree)).contains("pytest").doesNotContain("ruff");
    assertThat(expand("just", tree)).contains("ruff check .");
    eachReads(tree, null, "just --list");
  }

  @Test
  void aToolConfigIsReadWhenARecipeRunsTheTool() {
    MemoryTree tree =
        new MemoryTree()
            .with("Makefile", "lint:\n\tpre-commit run --all-files\n")
            .with(
                ".pre-commit-config.yaml",
                "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n");
    assertThat(expand("make lint", tree)).contains("gitleaks");
  }

  @Test
  void buildFilesThatAreMalformedOrTooLargeAreNotRead() {
    MemoryTree tree =
        new MemoryTree()
            .with("package.json", "{\"scripts\": {\"test\": ")
            .with("Makefile", "test:\n\tpytest " + "x".repeat(70 * 1024) + "\n");
    assertThat(expand("npm test && make test", tree)).isEqualTo("npm test && make test");
  }
}
