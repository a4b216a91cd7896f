package dev.shipshape.checks.testing;

import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.checks.PipelineEvidence;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.pipeline.TestCommands;
import dev.shipshape.facts.tree.TestTooling;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

@CheckInfo(
    id = "automated-testing/accessibility-testing",
    practice = Practice.AUTOMATED_TESTING,
    title = "The web UI is tested for accessibility in the pipeline",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, SITE},
    remediation =
        "Add automated accessibility checks of the UI (jest-axe, @axe-core/playwright,"
            + " cypress-axe, pa11y-ci or Lighthouse CI) and run them in the pipeline.")
public final class AccessibilityTestingCheck implements Check {
  static final int PRESENT = 6;

  @Override
  public Outcome evaluate(Facts facts) {
    Optional<Evidence> ui = webUi(facts);
    if (ui.isEmpty()) {
      return Outcome.notApplicable(
          "no web UI ships from this repository (no front-end framework, page components or templates)");
    }
    List<Evidence> run =
        PipelineEvidence.inPipeline(facts, InventoryCategory.TESTS, "accessibility");
    List<Evidence> configured =
        PipelineEvidence.configured(facts, InventoryCategory.TESTS, "accessibility");
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(ui.get());
    // axe in the test dependencies runs with the tests, so a pipeline that runs them runs it
    Optional<Evidence> testsRun =
        facts.pipelineSteps().stream()
            .filter(s -> TestCommands.runsTests(s.step().text()))
            .findFirst()
            .map(
                s ->
                    Evidence.line(
                        s.pipeline().path(),
                        s.step().line(),
                        "the tests, with their accessibility checks, run here"));
    if (!run.isEmpty() || !configured.isEmpty() && testsRun.isPresent()) {
      run.stream().limit(3).forEach(evidence::add);
      configured.stream().limit(3).forEach(evidence::add);
      testsRun.filter(t -> run.isEmpty()).ifPresent(evidence::add);
      return Outcome.score(10, "Accessibility is tested in the pipeline.", evidence);
    }
    if (!configured.isEmpty()) {
      configured.stream().limit(3).forEach(evidence::add);
      return Outcome.score(
              PRESENT,
              "Accessibility tooling is present but the pipeline does not run it.",
              evidence)
          .withRemediation("Run the accessibility checks in the pipeline on every change.");
    }
    return Outcome.score(0, "A web UI ships, and nothing tests its accessibility.", evidence);
  }

  /** What shows a web UI ships: a front-end framework, or pages and templates of its own. */
  private static Optional<Evidence> webUi(Facts facts) {
    if (facts.kind() == RepositoryKind.SITE) {
      return Optional.of(Evidence.note("the repository is a site: " + facts.kindReason()));
    }
    for (SourceFile f : facts.files().own()) {
      if (f.name().equals("package.json")) {
        Optional<String> text = facts.files().text(f);
        if (text.isPresent()) {
          Matcher m = TestTooling.WEB_FRAMEWORK.matcher(text.get());
          if (m.find()) {
            return Optional.of(Evidence.file(f.path(), "front-end framework " + m.group(1)));
          }
        }
      }
    }
    return facts.files().own().stream()
        .filter(f -> f.role() != Role.TEST_CODE && f.role() != Role.DOCUMENTATION)
        .filter(f -> TestTooling.WEB_PAGE.matcher(f.name()).matches())
        .filter(f -> !TestTooling.NOT_PRODUCT_PAGES.matcher(f.path()).matches())
        .findFirst()
        .map(f -> Evidence.file(f.path(), "page or template of the product's UI"));
  }
}
