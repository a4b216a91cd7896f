package dev.shipshape.checks.security;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.OTHER;
import static dev.shipshape.model.RepositoryKind.SERVICE;
import static dev.shipshape.model.RepositoryKind.SITE;

import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.documents.LicenseIdentities;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@CheckInfo(
    id = "security-compliance/license",
    practice = Practice.SECURITY_COMPLIANCE,
    title = "The repository states its licence",
    weight = 1,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Add a LICENSE file at the root with the full text of a standard licence (or a line"
            + " `SPDX-License-Identifier: <id>`), e.g. the Apache-2.0 or MIT text.")
public final class LicenseCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> files = facts.inventory().evidence(InventoryCategory.SECURITY, "license");
    if (files.isEmpty()) {
      return Outcome.score(0, "No LICENSE, LICENCE, COPYING or UNLICENSE file at the root.");
    }
    List<Evidence> recognised = new ArrayList<>();
    List<Evidence> unrecognised = new ArrayList<>();
    for (Evidence file : files) {
      Optional<String> spdx = facts.files().text(file.path()).flatMap(LicenseIdentities::identify);
      if (spdx.isPresent()) {
        recognised.add(Evidence.file(file.path(), "licence text of " + spdx.get()));
      } else {
        unrecognised.add(Evidence.file(file.path(), "licence file; its text is not recognised"));
      }
    }
    if (!recognised.isEmpty()) {
      List<String> ids =
          recognised.stream().map(e -> e.detail().replace("licence text of ", "")).toList();
      return Outcome.score(10, "Licensed under " + String.join(", ", ids) + ".", recognised);
    }
    return Outcome.score(
            5, "A licence file is present, but its text is not a recognised licence.", unrecognised)
        .withRemediation(
            "Use the unmodified text of a standard licence, or add a line"
                + " `SPDX-License-Identifier: <id>` to the licence file.");
  }
}
