package dev.shipshape.facts.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where each CI system reads its pipeline definition (the canonical places only). Teaching the
 * scanner a new system is one line here (and a parser, if it is not plain YAML).
 */
public final class CiSystems {
  public record CiSystem(String word, Pattern path) {}

  public static final List<CiSystem> ALL =
      List.of(
          ci("github-actions", "\\.github/workflows/[^/]+\\.ya?ml"),
          ci("gitlab-ci", "\\.gitlab-ci\\.ya?ml"),
          ci("jenkins", "Jenkinsfile(\\.[^/]+)?|jenkins/[^/]*Jenkinsfile[^/]*"),
          ci(
              "azure-pipelines",
              "\\.?azure-pipelines(\\.[^/]+)?\\.ya?ml|\\.azure-pipelines/[^/]+\\.ya?ml|\\.azuredevops/[^/]+\\.ya?ml"),
          ci("circleci", "\\.circleci/config\\.ya?ml"),
          ci("bitbucket-pipelines", "bitbucket-pipelines\\.ya?ml"),
          ci("travis-ci", "\\.travis\\.ya?ml"),
          ci("buildkite", "\\.buildkite/[^/]*pipeline[^/]*\\.ya?ml|buildkite\\.ya?ml"),
          ci("drone", "\\.drone\\.ya?ml"),
          ci("woodpecker", "\\.woodpecker\\.ya?ml|\\.woodpecker/[^/]+\\.ya?ml"),
          ci("tekton", "\\.tekton/[^/]+\\.ya?ml"),
          ci("google-cloud-build", "cloudbuild(\\.[^/]+)?\\.(ya?ml|json)"),
          ci("aws-codebuild", "buildspec(\\.[^/]+)?\\.ya?ml"),
          ci("teamcity", "\\.teamcity/(settings\\.kts|pom\\.xml)"),
          ci("concourse", "(ci|concourse|\\.concourse)/pipeline\\.ya?ml"),
          ci("appveyor", "\\.?appveyor\\.ya?ml"),
          ci("cirrus-ci", "\\.cirrus\\.(ya?ml|star)"),
          ci("semaphore", "\\.semaphore/[^/]+\\.ya?ml"));

  private CiSystems() {}

  private static CiSystem ci(String word, String regex) {
    return new CiSystem(word, Pattern.compile(regex));
  }

  /** The CI system whose canonical place this path is, if any. */
  public static Optional<CiSystem> forPath(String path) {
    return ALL.stream().filter(s -> s.path().matcher(path).matches()).findFirst();
  }
}
