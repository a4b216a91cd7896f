package dev.shipshape.forge;

import java.util.List;

/**
 * What the forge enforces on the default branch, from every source that applies (GitHub's classic
 * protection and rulesets; GitLab's protected branch, approval rules and project settings). A null
 * field is unknown: the token could not read it.
 */
public record BranchProtection(
    String branch,
    boolean isProtected,
    Integer requiredApprovals,
    Boolean requiredStatusChecks,
    Boolean forcePushBlocked,
    Boolean deletionBlocked,
    List<String> sources) {

  public BranchProtection {
    sources = List.copyOf(sources);
  }
}
