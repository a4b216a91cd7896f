package dev.shipshape.checks.iac;

import static dev.shipshape.model.RepositoryKind.INFRASTRUCTURE;
import static dev.shipshape.model.RepositoryKind.LIBRARY;
import static dev.shipshape.model.RepositoryKind.SERVICE;

import dev.shipshape.checks.Applicability;
import dev.shipshape.checks.Check;
import dev.shipshape.checks.CheckInfo;
import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.Facts;
import dev.shipshape.facts.files.Scope;
import dev.shipshape.facts.files.SourceFile;
import dev.shipshape.facts.files.TextLines;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@CheckInfo(
    id = "infrastructure-as-code/state-hygiene",
    practice = Practice.INFRASTRUCTURE_AS_CODE,
    title = "Terraform state lives in a remote backend, never in git, and no secrets in tfvars",
    weight = 2,
    appliesTo = {SERVICE, LIBRARY, INFRASTRUCTURE},
    remediation =
        "Configure a remote backend (`backend \"s3\"`, `gcs`, `azurerm`, `remote` or `cloud {}`),"
            + " remove committed state, and pass secrets through the pipeline's secret store.")
public final class StateHygieneCheck implements Check {
  static final int PER_STATE_FILE = 5;
  static final int PER_SECRET_TFVARS = 3;
  static final int NO_REMOTE_BACKEND = 3;

  private static final Pattern STATE = Pattern.compile(".*\\.tfstate(\\.backup)?");
  private static final Pattern REMOTE_BACKEND =
      Pattern.compile(
          "^\\s*(backend\\s+\"(?!local\")[a-z0-9]+\"|cloud\\s*\\{)|^\\s*remote_state\\s*\\{",
          Pattern.MULTILINE);
  private static final Pattern PROVIDER = Pattern.compile("^\\s*provider\\s+\"", Pattern.MULTILINE);

  /** A secret-looking variable given a literal value (not empty, not a reference). */
  private static final Pattern SECRET_ASSIGNMENT =
      Pattern.compile(
          "^\\s*\"?([A-Za-z0-9_]*(password|passwd|secret|token|private_key|access_key|api_key|client_secret)[A-Za-z0-9_]*)\"?\\s*[=:]\\s*\"([^\"$]{4,})\"",
          Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

  @Override
  public Outcome evaluate(Facts facts) {
    if (facts.kind() == LIBRARY && !facts.infrastructureModule()) {
      return Applicability.notForApplicationLibraries();
    }
    boolean terraform =
        facts.inventory().has(InventoryCategory.IAC, "terraform")
            || facts.inventory().has(InventoryCategory.IAC, "opentofu")
            || facts.inventory().has(InventoryCategory.IAC, "terragrunt");
    List<SourceFile> states =
        facts.files().all().stream()
            .filter(f -> f.scope() != Scope.TEST_DATA && f.scope() != Scope.IGNORED)
            .filter(f -> STATE.matcher(f.name()).matches())
            .toList();
    if (!terraform && states.isEmpty()) {
      return Outcome.notApplicable("no Terraform, OpenTofu or Terragrunt code");
    }
    List<Evidence> evidence = new ArrayList<>();
    int score = 10;
    for (SourceFile s : states) {
      score -= PER_STATE_FILE;
      evidence.add(
          Evidence.file(
              s.path(), "committed state file: it holds resource ids and secrets in clear"));
    }
    for (SourceFile f : facts.files().own()) {
      if (!f.name().endsWith(".tfvars") && !f.name().endsWith(".tfvars.json")) {
        continue;
      }
      Optional<String> text = facts.files().text(f);
      if (text.isEmpty()) {
        continue;
      }
      Matcher m = SECRET_ASSIGNMENT.matcher(text.get());
      if (m.find()) {
        score -= PER_SECRET_TFVARS;
        // the value is never shown: the variable's name and place only
        evidence.add(
            Evidence.line(
                f.path(),
                TextLines.lineOf(text.get(), m.start()),
                "secret-looking value for " + m.group(1)));
      }
    }
    boolean backend = false;
    boolean rootModule = false;
    String backendPath = null;
    for (SourceFile f : facts.files().own()) {
      if (!f.name().endsWith(".tf")
          && !f.name().endsWith(".tofu")
          && !f.name().equals("terragrunt.hcl")) {
        continue;
      }
      Optional<String> text = facts.files().text(f);
      if (text.isEmpty()) {
        continue;
      }
      if (!backend && REMOTE_BACKEND.matcher(text.get()).find()) {
        backend = true;
        backendPath = f.path();
      }
      rootModule |= PROVIDER.matcher(text.get()).find() || f.name().equals("terragrunt.hcl");
    }
    if (backend) {
      evidence.add(Evidence.file(backendPath, "remote backend configured"));
    } else if (terraform && rootModule) {
      score -= NO_REMOTE_BACKEND;
      evidence.add(
          Evidence.note("provider blocks but no remote backend: state stays on someone's machine"));
    } else if (terraform) {
      evidence.add(
          Evidence.note(
              "a reusable module (no provider configuration): its callers own the state"));
    }
    score = Math.max(0, score);
    String summary =
        score == 10
            ? "No state or secrets committed" + (backend ? "; remote backend configured." : ".")
            : (evidence.size() - (backend ? 1 : 0)) + " state hygiene problem(s).";
    return Outcome.score(score, summary, evidence);
  }
}
