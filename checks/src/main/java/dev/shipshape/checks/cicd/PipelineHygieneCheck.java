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
import dev.shipshape.facts.pipeline.PipelineJob;
import dev.shipshape.facts.pipeline.PipelineStep;
import dev.shipshape.facts.tree.Dockerfile;
import dev.shipshape.facts.tree.ImageReference;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

@CheckInfo(
    id = "ci-cd/pipeline-hygiene",
    practice = Practice.CI_CD,
    title = "The pipeline is hardened: pinned actions and images, least privilege",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Pin third-party actions by full commit SHA, set `permissions:` in every workflow, and"
            + " pin base images by digest or exact version.")
public final class PipelineHygieneCheck implements Check {
  private static final Pattern FULL_SHA = Pattern.compile(".*@[0-9a-f]{40}(\\s.*)?");

  /** GitHub's own actions: pinning them by tag is common and they are maintained by the host. */
  private static final Set<String> FIRST_PARTY = Set.of("actions", "github");

  private static final Pattern PR_HEAD =
      Pattern.compile("github\\.event\\.pull_request\\.head|github\\.head_ref");

  private record Aspect(String name, int good, int total, List<Evidence> bad, String fix) {
    double share() {
      return (double) good / total;
    }
  }

  @Override
  public Outcome evaluate(Facts facts) {
    List<Pipeline> workflows =
        facts.pipelines().stream().filter(p -> p.system().equals("github-actions")).toList();
    List<Aspect> aspects = new ArrayList<>();
    actionPinning(workflows).ifPresent(aspects::add);
    permissions(workflows).ifPresent(aspects::add);
    pullRequestTarget(workflows).ifPresent(aspects::add);
    images(facts).ifPresent(aspects::add);
    if (aspects.isEmpty()) {
      return Outcome.notApplicable(
          "no GitHub workflows, container images or base images to harden");
    }
    double mean = aspects.stream().mapToDouble(Aspect::share).average().orElse(0);
    int score = (int) Math.round(10 * mean);
    List<Evidence> evidence = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    for (Aspect a : aspects) {
      evidence.add(Evidence.note(a.name() + ": " + a.good() + " of " + a.total()));
      a.bad().stream().limit(5).forEach(evidence::add);
      if (a.good() < a.total()) {
        fixes.add(a.fix());
      }
    }
    Outcome.Scored outcome =
        Outcome.score(
            score,
            aspects.size() - fixes.size() + " of " + aspects.size() + " hygiene aspects in order.",
            evidence);
    return fixes.isEmpty() ? outcome : outcome.withRemediation(String.join("; ", fixes) + ".");
  }

  private static java.util.Optional<Aspect> actionPinning(List<Pipeline> workflows) {
    int total = 0;
    int good = 0;
    List<Evidence> bad = new ArrayList<>();
    for (Pipeline p : workflows) {
      for (Pipeline.Located s : p.steps()) {
        String uses = s.step().text().strip();
        if (s.step().kind() != PipelineStep.Kind.USES
            || uses.startsWith("./")
            || uses.startsWith("docker://")
            || FIRST_PARTY.contains(uses.split("/")[0])) {
          continue;
        }
        total++;
        if (FULL_SHA.matcher(uses).matches()) {
          good++;
        } else {
          bad.add(Evidence.line(p.path(), s.step().line(), "not pinned by SHA: " + uses));
        }
      }
    }
    return total == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Aspect(
                "third-party actions pinned by full SHA",
                good,
                total,
                bad,
                "pin third-party actions by full commit SHA (`uses: owner/action@<40-hex> # v1.2.3`)"));
  }

  private static java.util.Optional<Aspect> permissions(List<Pipeline> workflows) {
    int good = 0;
    List<Evidence> bad = new ArrayList<>();
    for (Pipeline p : workflows) {
      boolean explicit =
          p.permissionsLine() > 0
              || !p.jobs().isEmpty() && p.jobs().stream().allMatch(j -> j.permissionsLine() > 0);
      if (explicit) {
        good++;
      } else {
        bad.add(
            Evidence.file(p.path(), "no `permissions:`: the token gets the repository default"));
      }
    }
    return workflows.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Aspect(
                "workflows with explicit permissions",
                good,
                workflows.size(),
                bad,
                "declare `permissions:` (e.g. `contents: read`) at the top of every workflow"));
  }

  /**
   * Every workflow is judged: one that is not triggered by {@code pull_request_target}, or is but
   * never checks out the pull request's code, is in order.
   */
  private static java.util.Optional<Aspect> pullRequestTarget(List<Pipeline> workflows) {
    if (workflows.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<Evidence> bad = new ArrayList<>();
    for (Pipeline p : workflows) {
      if (!p.events().contains("pull_request_target")) {
        continue;
      }
      for (PipelineJob job : p.jobs()) {
        for (PipelineStep s : job.steps()) {
          String ref =
              s.inputs().getOrDefault("ref", "") + s.inputs().getOrDefault("repository", "");
          if (s.text().startsWith("actions/checkout") && PR_HEAD.matcher(ref).find()) {
            bad.add(
                Evidence.line(
                    p.path(),
                    s.line(),
                    "pull_request_target checks out the pull request's code with a privileged token"));
          }
        }
      }
    }
    return java.util.Optional.of(
        new Aspect(
            "workflows that do not run pull request code with a privileged token",
            workflows.size() - (int) bad.stream().map(Evidence::path).distinct().count(),
            workflows.size(),
            bad,
            "do not check out the pull request's head in a pull_request_target workflow; use"
                + " pull_request"));
  }

  private static java.util.Optional<Aspect> images(Facts facts) {
    int total = 0;
    int good = 0;
    List<Evidence> bad = new ArrayList<>();
    for (Dockerfile d : Dockerfile.own(facts.files())) {
      for (Dockerfile.Base b : d.bases()) {
        if (b.stage() || b.variable() || b.image().equals("scratch")) {
          continue;
        }
        total++;
        if (b.pinned()) {
          good++;
        } else {
          bad.add(Evidence.line(d.path(), b.line(), "base image not pinned: " + b.image()));
        }
      }
    }
    for (Pipeline.Located s : facts.pipelineSteps()) {
      if (s.step().kind() != PipelineStep.Kind.IMAGE || s.step().text().contains("$")) {
        continue;
      }
      total++;
      if (ImageReference.pinned(s.step().text().strip())) {
        good++;
      } else {
        bad.add(
            Evidence.line(
                s.pipeline().path(), s.step().line(), "job image not pinned: " + s.step().text()));
      }
    }
    return total == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Aspect(
                "images pinned by digest or exact version",
                good,
                total,
                bad,
                "pin images by digest or an exact version (`python:3.12.2-slim`, not `python:3`"
                    + " or `latest`)"));
  }
}
