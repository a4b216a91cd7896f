package dev.shipshape.checks;

import dev.shipshape.model.Practice;
import dev.shipshape.model.RepositoryKind;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A check's metadata as data: from {@link CheckInfo}, or from a custom rule in the config. */
public record CheckMeta(
    String id,
    Practice practice,
    String title,
    int weight,
    Set<RepositoryKind> appliesTo,
    String remediation) {

  private static final Pattern ID = Pattern.compile("[a-z-]+/[a-z0-9]+(-[a-z0-9]+)*");

  public CheckMeta {
    appliesTo = Set.copyOf(appliesTo);
    List<String> problems = problems(id, practice, title, weight, appliesTo, remediation);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("check " + id + ": " + String.join("; ", problems));
    }
  }

  public static CheckMeta of(Class<? extends Check> type) {
    CheckInfo info = type.getAnnotation(CheckInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(type.getName() + " has no @CheckInfo");
    }
    return new CheckMeta(
        info.id(),
        info.practice(),
        info.title(),
        info.weight(),
        Set.of(info.appliesTo()),
        info.remediation());
  }

  /** The name part of the id: {@code tests-in-pipeline} of {@code ci-cd/tests-in-pipeline}. */
  public String name() {
    return id.substring(id.indexOf('/') + 1);
  }

  static List<String> problems(
      String id,
      Practice practice,
      String title,
      int weight,
      Set<RepositoryKind> appliesTo,
      String remediation) {
    List<String> problems = new java.util.ArrayList<>();
    if (id == null || !ID.matcher(id).matches()) {
      problems.add("id must look like practice/name");
    } else if (practice == null || !id.startsWith(practice.id() + "/")) {
      problems.add("id must start with its practice's id");
    }
    if (title == null || title.isBlank()) {
      problems.add("title is empty");
    }
    if (weight < 1 || weight > 3) {
      problems.add("weight must be 1-3");
    }
    if (appliesTo.isEmpty()) {
      problems.add("applies to no kind of repository");
    }
    if (remediation == null || remediation.isBlank()) {
      problems.add("remediation is empty");
    }
    return problems;
  }
}
