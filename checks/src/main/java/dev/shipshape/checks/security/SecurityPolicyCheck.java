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
import dev.shipshape.facts.documents.ReportingChannels;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.List;
import java.util.Optional;

@CheckInfo(
    id = "security-compliance/security-policy",
    practice = Practice.SECURITY_COMPLIANCE,
    title = "A security policy says how to report a vulnerability",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Add SECURITY.md (at the root, in .github/ or in docs/) that says where to report a"
            + " vulnerability privately: an e-mail address, a link, or GitHub private"
            + " vulnerability reporting.")
public final class SecurityPolicyCheck implements Check {
  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> policies =
        facts.inventory().evidence(InventoryCategory.SECURITY, "security-policy");
    if (policies.isEmpty()) {
      return Outcome.score(0, "No SECURITY.md at the root, in .github/ or in docs/.");
    }
    for (Evidence policy : policies) {
      Optional<ReportingChannels.Channel> channel =
          facts.files().text(policy.path()).flatMap(ReportingChannels::find);
      if (channel.isPresent()) {
        return Outcome.score(
            10,
            "The security policy gives a reporting channel (" + channel.get().kind() + ").",
            Evidence.line(
                policy.path(), channel.get().line(), "reporting channel: " + channel.get().kind()));
      }
    }
    return Outcome.score(
            5,
            "A security policy is present, but it names no way to report a vulnerability.",
            policies.stream()
                .map(p -> Evidence.file(p.path(), "security policy without a reporting channel"))
                .toList())
        .withRemediation(
            "Say in the security policy where to report a vulnerability privately: an e-mail"
                + " address, a link, or GitHub private vulnerability reporting.");
  }
}
