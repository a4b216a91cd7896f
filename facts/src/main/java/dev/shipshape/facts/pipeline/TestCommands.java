package dev.shipshape.facts.pipeline;

import java.util.List;
import java.util.regex.Pattern;

/** Pipeline commands that run a project's tests, per ecosystem. One line per tool. */
public final class TestCommands {
  public static final List<Pattern> ALL =
      List.of(
          p("\\bmvnw?(\\.cmd)?\\b[^\\n]*\\b(verify|test|package|install|integration-test)\\b"),
          p("\\bgradlew?(\\.bat)?\\b[^\\n]*\\b(check|test|build|integrationTest)\\b"),
          p("\\b(npm|pnpm|yarn|bun)\\s+(run\\s+)?(test|ci-test|test:[\\w:-]+|e2e|coverage)\\b"),
          p("\\bnpm\\s+(t|it|cit)\\b"),
          p("\\bnpx\\s+(jest|vitest|mocha|ava|tap|playwright\\s+test|cypress\\s+run)\\b"),
          p("\\b(jest|vitest|mocha|karma\\s+start|ng\\s+test)\\b"),
          p("\\b(py\\.test|pytest|tox|nox)\\b"),
          p("\\bpython3?\\s+-m\\s+(pytest|unittest|tox|nox)\\b"),
          p("\\b(poetry|pipenv|uv|hatch|pdm)\\s+run\\s+(pytest|tox|nox|test)\\b"),
          p("\\bgo\\s+test\\b"),
          p("\\bcargo\\s+(test|nextest)\\b"),
          p("\\bdotnet\\s+test\\b"),
          // on one line: a step read through its scripts goes on in their lines
          p("\\bmake[ \\t]+([\\w-]+[ \\t]+)*(test|tests|check|ci|unit|integration)\\b"),
          p("\\b(bundle\\s+exec\\s+)?(rspec|rake\\s+(test|spec)|rails\\s+test)\\b"),
          p("\\b(phpunit|pest)\\b|vendor/bin/phpunit"),
          p("\\bmix\\s+test\\b"),
          p("\\bsbt\\b[^\\n]*\\btest\\b"),
          p("\\b(ctest|bazel\\s+test|bazelisk\\s+test|buck2?\\s+test)\\b"),
          p("\\b(terraform|tofu)\\s+test\\b"),
          p("\\b(deno|swift|dart|flutter|zig\\s+build)\\s+test\\b"),
          p("\\bprove\\b"),
          p("\\bstack\\s+test\\b|\\bcabal\\s+test\\b"),
          p("\\bbats\\b"));

  private TestCommands() {}

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  public static boolean runsTests(String command) {
    return ALL.stream().anyMatch(p -> p.matcher(command).find());
  }
}
