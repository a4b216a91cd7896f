package dev.shipshape.checks.iac;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.tree.Dockerfile;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@CheckInfo(
    id = "infrastructure-as-code/container-hygiene",
    practice = Practice.INFRASTRUCTURE_AS_CODE,
    title = "Container images run as non-root from pinned bases, built in stages",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "In each Dockerfile: add a non-root `USER`, pin the base image, build in a separate"
            + " stage, and add a .dockerignore.")
public final class ContainerHygieneCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Dockerfile> dockerfiles = Dockerfile.own(facts.files());
    if (dockerfiles.isEmpty()) {
      return Outcome.notApplicable("no Dockerfile in the repository");
    }
    int passed = 0;
    int applicable = 0;
    List<Evidence> evidence = new ArrayList<>();
    Set<String> fixes = new LinkedHashSet<>();
    for (Dockerfile d : dockerfiles) {
      int last = d.bases().isEmpty() ? 1 : d.bases().get(d.bases().size() - 1).line();
      applicable++;
      if (d.runsAsNonRoot()) {
        passed++;
      } else {
        evidence.add(
            Evidence.line(
                d.path(),
                d.users().isEmpty() ? last : d.users().get(d.users().size() - 1).line(),
                "runs as root: no non-root USER"));
        fixes.add("add a non-root `USER` to the final stage");
      }
      List<Dockerfile.Base> external =
          d.bases().stream()
              .filter(b -> !b.stage() && !b.variable() && !b.image().equals("scratch"))
              .toList();
      if (!external.isEmpty()) {
        applicable++;
        List<Dockerfile.Base> loose = external.stream().filter(b -> !b.pinned()).toList();
        if (loose.isEmpty()) {
          passed++;
        } else {
          loose.forEach(
              b ->
                  evidence.add(
                      Evidence.line(d.path(), b.line(), "base image not pinned: " + b.image())));
          fixes.add("pin base images by digest or exact version");
        }
      }
      if (d.builds()) {
        applicable++;
        if (d.multiStage()) {
          passed++;
        } else {
          evidence.add(
              Evidence.line(d.path(), last, "builds code in the image it ships: no build stage"));
          fixes.add("build in a separate stage and copy only the result into the final image");
        }
      }
      applicable++;
      String ignore = d.folder().isEmpty() ? ".dockerignore" : d.folder() + "/.dockerignore";
      boolean dockerignore =
          facts.files().get(ignore).isPresent()
              || facts.files().get(".dockerignore").isPresent()
              || facts.files().get(d.path() + ".dockerignore").isPresent();
      if (dockerignore) {
        passed++;
      } else {
        evidence.add(
            Evidence.file(
                d.path(), "no .dockerignore beside it: the whole folder is sent to the build"));
        fixes.add("add a .dockerignore");
      }
    }
    int score = (int) Math.round(10.0 * passed / applicable);
    evidence.add(
        0,
        Evidence.note(
            passed
                + " of "
                + applicable
                + " checks passed over "
                + dockerfiles.size()
                + " Dockerfile(s)"));
    Outcome.Scored outcome =
        Outcome.score(
            score, passed + " of " + applicable + " container hygiene checks pass.", evidence);
    return fixes.isEmpty()
        ? outcome
        : outcome.withRemediation(capitalise(String.join("; ", fixes)) + ".");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
