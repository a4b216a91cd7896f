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
import dev.shipshape.facts.files.Role;
import dev.shipshape.facts.files.Scope;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.secrets.SecretScanner;
import dev.shipshape.facts.secrets.SecretsFacts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges what the secrets scan ({@link SecretsFacts}) found in the files the team wrote or keeps. A
 * key under testdata/ is still a committed secret, so it is reported, but deducts less than one in
 * the product's own code or configuration.
 */
@CheckInfo(
    id = "security-compliance/secrets",
    practice = Practice.SECURITY_COMPLIANCE,
    title = "No secrets are committed, and a scanner keeps it so",
    weight = 3,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE, SITE, OTHER},
    remediation =
        "Run a secret scanner on every change (gitleaks, trufflehog or detect-secrets in the"
            + " pipeline or in pre-commit run by it).")
public final class SecretsCheck implements Check {
  static final int SCANNING_MISSING = 3;
  static final int PER_OWN_FINDING = 3;
  static final int PER_TEST_FINDING = 1;

  /** Test keys are common in crypto and client libraries; together they cost at most this. */
  static final int TEST_FINDINGS_CAP = 3;

  private static final int MAX_EVIDENCE = 20;

  @Override
  public Outcome evaluate(Facts facts) {
    List<Evidence> findings = new ArrayList<>();
    int own = 0;
    int test = 0;
    int fixtures = 0;
    SecretsFacts.Result result = facts.secrets().result();
    for (SecretsFacts.FileFindings file : result.files()) {
      SourceFile f = file.file();
      // fixtures of fake credentials (a scanner's own test data) are listed but cost nothing
      boolean testData = f.scope() != Scope.OWN;
      boolean inTests = testData || f.role() == Role.TEST_CODE;
      for (SecretScanner.Finding finding : file.findings()) {
        if (testData) {
          fixtures++;
        } else if (inTests) {
          test++;
        } else {
          own++;
        }
        if (findings.size() < MAX_EVIDENCE) {
          findings.add(
              Evidence.line(
                  f.path(),
                  finding.line(),
                  finding.kind()
                      + (testData
                          ? " (in test data or examples: not counted)"
                          : inTests ? " (in tests)" : "")));
        }
      }
    }
    List<Evidence> scanning = facts.inventory().evidence(InventoryCategory.TESTS, "secret-scan");
    int score =
        10
            - (scanning.isEmpty() ? SCANNING_MISSING : 0)
            - own * PER_OWN_FINDING
            - Math.min(TEST_FINDINGS_CAP, test * PER_TEST_FINDING);
    score = Math.max(0, score);

    List<Evidence> evidence = new ArrayList<>(findings);
    evidence.add(
        Evidence.note(
            "scanned "
                + result.scanned()
                + " text files; skipped "
                + result.skipped()
                + " (binary or over 1 MiB)"));
    scanning.stream().limit(3).forEach(e -> evidence.add(withDetail(e, "secret scanning: ")));
    int total = own + test + fixtures;
    if (total > findings.size()) {
      evidence.add(
          Evidence.note(
              total + " possible secrets in all; the first " + MAX_EVIDENCE + " are listed"));
    }

    String summary;
    if (total == 0) {
      summary =
          scanning.isEmpty()
              ? "No secrets found, but no secret scanner guards the repository."
              : "No secrets found, and a secret scanner is configured.";
    } else {
      summary =
          total
              + " possible secret"
              + (total == 1 ? "" : "s")
              + " committed ("
              + own
              + " in the product, "
              + test
              + " in tests, "
              + fixtures
              + " in test data or examples, not counted).";
    }
    Outcome.Scored outcome = Outcome.score(score, summary, evidence);
    if (total > 0) {
      return outcome.withRemediation(
          "Revoke and rotate each secret listed, remove it from the tree (and history), and load"
              + " it from the environment or a secret store"
              + (scanning.isEmpty() ? "; then run gitleaks or trufflehog on every change." : "."));
    }
    return outcome;
  }

  private static Evidence withDetail(Evidence e, String prefix) {
    return new Evidence(e.path(), e.line(), e.commit(), prefix + e.detail());
  }
}
