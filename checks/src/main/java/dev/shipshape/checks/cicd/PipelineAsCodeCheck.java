package dev.shipshape.checks.cicd;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.pipeline.Pipeline;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.List;

@CheckInfo(
    id = "ci-cd/pipeline-as-code",
    practice = Practice.CI_CD,
    title = "The pipeline is defined as code in the repository",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Add a pipeline definition that builds and tests every change, e.g."
            + " .github/workflows/ci.yml or .gitlab-ci.yml.")
public final class PipelineAsCodeCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> found =
        facts.pipelines().stream()
            .map(p -> Evidence.file(p.path(), p.system() + " pipeline"))
            .toList();
    String systems =
        String.join(", ", facts.pipelines().stream().map(Pipeline::system).distinct().toList());
    return Outcome.presence(
        found,
        found.size()
            + " pipeline definition"
            + (found.size() == 1 ? "" : "s")
            + " ("
            + systems
            + ")",
        "No pipeline definition in any CI system's canonical place.");
  }
}
