package dev.shipshape.facts.tree;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How each kind of infrastructure code is checked before it is applied: pipeline commands and
 * actions, and pre-commit hook ids. One entry per IaC inventory word.
 */
public final class IacValidators {
  private IacValidators() {}

  /** A validator of one or more IaC words: a pipeline command/action, or a pre-commit hook id. */
  public record Validator(List<String> iac, Pattern command, Pattern hook) {}

  private static final String TERRAFORM =
      "\\b(terraform|tofu|terragrunt)\\s+(fmt|validate|plan|test|run-all\\s+(validate|plan))|\\btflint\\b|\\bcheckov\\b|\\btfsec\\b|\\btrivy\\s+(config|fs)|aquasecurity/trivy-action|\\bterrascan\\b|\\bkics\\b|setup-tflint|terraform-linters|bridgecrewio/checkov-action|aquasecurity/tfsec|\\bconftest\\b";
  private static final String K8S =
      "\\bkubeconform\\b|\\bkubeval\\b|kube-linter|kube-score|\\bcheckov\\b|\\bdatree\\b|\\bpolaris\\b|kubectl\\s+apply[^\\n]*--dry-run|\\bconftest\\b|\\btrivy\\s+config|\\bkics\\b";

  public static final List<Validator> ALL =
      List.of(
          v(
              List.of("terraform", "opentofu", "terragrunt"),
              TERRAFORM,
              "terraform_\\w+|tofu_\\w+|terragrunt_\\w+|checkov\\w*|tflint|tfsec|trivy\\w*"),
          v(
              List.of("kubernetes", "kustomize"),
              K8S + "|\\bkustomize\\s+build|kubectl\\s+kustomize",
              "kubeconform|kubeval|kube-linter|kube-score|checkov\\w*|kustomize\\w*"),
          v(
              List.of("helm"),
              "\\bhelm\\s+(lint|template)|\\bct\\s+lint|chart-testing-action|" + K8S,
              "helm\\w*|chart-testing|checkov\\w*"),
          v(
              List.of("cloudformation", "aws-sam"),
              "cfn-lint|cfn_nag|cfn-nag|\\bcheckov\\b|cloudformation\\s+validate-template|\\bsam\\s+validate|scottbrenner/cfn-lint-action|\\bcdk\\s+synth",
              "cfn-lint|cfn-python-lint|cfn_nag|checkov\\w*"),
          v(List.of("aws-cdk"), "\\bcdk\\s+(synth|diff)|cdk-nag|\\bcheckov\\b", "checkov\\w*"),
          v(
              List.of("arm", "bicep"),
              "\\bbicep\\s+(build|lint)|az\\s+bicep\\s+build|arm-ttk|az\\s+deployment\\s+\\S+\\s+(validate|what-if)|azure/arm-deploy[^\\n]*|\\bcheckov\\b|psrule",
              "checkov\\w*|arm-ttk|bicep\\w*"),
          v(List.of("pulumi"), "\\bpulumi\\s+preview|pulumi/actions", ""),
          v(
              List.of("ansible"),
              "ansible-lint|ansible-playbook[^\\n]*--(syntax-check|check)|\\bmolecule\\b|ansible/ansible-lint",
              "ansible-lint"),
          v(
              List.of("dockerfile"),
              "\\bhadolint\\b|hadolint/hadolint-action|\\btrivy\\s+config|\\bcheckov\\b|\\bdockle\\b",
              "hadolint\\w*|checkov\\w*"),
          v(
              List.of("docker-compose"),
              "docker[- ]compose\\b[^\\n]*\\bconfig\\b|\\bdclint\\b",
              "docker-compose-check|dclint"),
          v(List.of("packer"), "\\bpacker\\s+(validate|fmt)", "packer_\\w+"),
          v(List.of("serverless-framework"), "\\b(serverless|sls)\\s+(package|print)", ""),
          v(
              List.of("puppet"),
              "puppet-lint|puppet\\s+parser\\s+validate|\\bpdk\\s+validate",
              "puppet-lint|puppet-validate"),
          v(
              List.of("chef"),
              "\\bcookstyle\\b|\\bfoodcritic\\b|\\bkitchen\\s+(test|verify)",
              "cookstyle"),
          v(List.of("saltstack"), "salt-lint", "salt-lint"),
          v(List.of("nomad"), "\\bnomad\\s+(job\\s+)?(validate|plan)|\\bnomad\\s+fmt", ""),
          v(List.of("skaffold"), "\\bskaffold\\s+(diagnose|render|build)", ""),
          v(List.of("crossplane"), "\\bcrossplane\\s+beta\\s+validate|" + K8S, ""),
          v(List.of("vagrant"), "\\bvagrant\\s+validate", ""));

  /** Linters that validate every kind of infrastructure code they find. */
  public static final Pattern ALL_KINDS =
      Pattern.compile("super-linter|megalinter|oxsecurity/megalinter|\\bmega-linter-runner\\b");

  /** Pipeline commands that run the repository's pre-commit hooks. */
  public static final Pattern RUNS_PRE_COMMIT =
      Pattern.compile("\\bpre-commit\\s+run|pre-commit/action|\\bprek\\s+run|\\bpre-commit-ci\\b");

  private static Validator v(List<String> iac, String command, String hook) {
    return new Validator(
        iac, Pattern.compile(command), hook.isEmpty() ? null : Pattern.compile("^(" + hook + ")$"));
  }
}
