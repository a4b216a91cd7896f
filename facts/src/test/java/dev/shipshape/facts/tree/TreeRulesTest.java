package dev.shipshape.facts.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreeRulesTest {

  @ParameterizedTest
  @CsvSource({
    "python:3.12-slim, true",
    "eclipse-temurin:21.0.2_13-jre, true",
    "node@sha256:aaaa, true",
    "registry.example.com:5000/team/app:1.4.2, true",
    "cimg/base:2024.01, true",
    "node:20, false",
    "node, false",
    "node:latest, false",
    "registry.example.com:5000/team/app, false",
  })
  void imagesArePinnedByDigestOrExactVersion(String image, boolean pinned) {
    assertThat(ImageReference.pinned(image)).isEqualTo(pinned);
  }

  @ParameterizedTest
  @CsvSource({
    "requirements.lock, true",
    "requirements-dev.lock, true",
    "uv.lock, true",
    "requirements.txt, false",
  })
  void pythonLockfilesIncludeRyesRequirementsLock(String name, boolean lock) {
    Lockfiles.Ecosystem python =
        Lockfiles.ALL.stream().filter(e -> e.name().equals("python")).findFirst().orElseThrow();
    assertThat(python.lock().matcher(name).matches()).isEqualTo(lock);
  }

  @Test
  void dockerfileStagesUsersAndBuildsAreRead() {
    Dockerfile d =
        Dockerfile.read(
            "Dockerfile",
            """
            ARG BASE=alpine:3.19
            FROM --platform=$BUILDPLATFORM golang:1.22.1 AS build
            RUN go build \\
                -o /app .
            FROM ${BASE}
            FROM build AS test
            FROM gcr.io/distroless/static:nonroot
            COPY --from=build /app /app
            """);
    assertThat(d.bases()).extracting(Dockerfile.Base::line).containsExactly(2, 5, 6, 7);
    assertThat(d.bases().get(1).variable()).isTrue();
    assertThat(d.bases().get(2).stage()).isTrue();
    assertThat(d.builds()).isTrue();
    assertThat(d.multiStage()).isTrue();
    assertThat(d.runsAsNonRoot()).isTrue();
    assertThat(Dockerfile.read("D", "FROM node:20.11\nUSER 0\n").runsAsNonRoot()).isFalse();
    assertThat(Dockerfile.read("D", "FROM node:20.11\nUSER node\n").runsAsNonRoot()).isTrue();
    assertThat(Dockerfile.read("D", "FROM node:20.11\nRUN echo hi\n").builds()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "flask==3.0.2\\nrequests==2.31.0 | true",
        "# comment\\n-r base.txt\\nflask==3.0.2 --hash=sha256:ab | true",
        "flask>=3\\nrequests==2.31.0 | false",
        "flask | false",
        "# nothing | false",
      })
  void requirementsPinEveryLine(String text, boolean pinned) {
    assertThat(Lockfiles.pinsEveryRequirement(text.replace("\\n", "\n"))).isEqualTo(pinned);
  }

  @ParameterizedTest
  @CsvSource({
    "prod, production",
    "Production, production",
    "stg, staging",
    "dev, development",
  })
  void environmentNamesAreNormalised(String name, String canonical) {
    assertThat(Environments.canonical(name)).contains(canonical);
  }

  @Test
  void environmentsAreFoundInsideLongerNames() {
    assertThat(Environments.mentionedIn("deploy-staging")).containsExactly("staging");
    assertThat(Environments.mentionedIn("values_prod")).containsExactly("production");
    assertThat(Environments.mentionedIn("unit-test")).isEmpty();
    assertThat(Environments.mentionedIn("product-build")).isEmpty();
  }
}
