package dev.shipshape.facts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shipshape.facts.Facts;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Delivery.Band;
import dev.shipshape.repository.WindowSpec;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery metrics on repositories built here, each expected number worked out by hand in the
 * comments (DELIVERY-METRICS.md). Lives in testkit because it builds repositories with it.
 */
class DeliveryMetricsTest {
  @TempDir Path dir;

  private static final Instant T0 = TestRepository.START; // Monday 2026-01-05 09:00 UTC

  private static Instant h(double hours) {
    return T0.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  private static WindowSpec until(Instant until) {
    return new WindowSpec(false, null, WindowSpec.DEFAULT_LOOK_BACK, until);
  }

  private static Delivery report(Facts facts) {
    return facts.delivery().report();
  }

  @Test
  void tagsLeadTimeFirstDeploymentAnnotatedLightweightAndUnreachable() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 a", h(0));
      repo.file("a", "2").commit("#2 b", h(1)).tag("v1.0.0"); // lightweight: at its commit, h1
      repo.file("a", "3").commit("#3 c", h(24));
      repo.file("a", "4").commit("#4 d", h(48)).annotatedTag("v1.1.0", h(72)); // tagger time h72
      repo.branch("other").file("x", "1").commit("#5 elsewhere", h(50)).tag("v9.9.9");
      repo.checkout("main");
      repo.file("a", "6").commit("#6 f", h(96)).tag("v1.2.0");
      Delivery d = report(repo.facts());
      assertThat(d.source()).isEqualTo("tags");
      assertThat(d.sourceDetail())
          .isEqualTo(
              "release-like tags (v1.2.3, 1.2, release-…) (annotated: 1, lightweight: 2;"
                  + " not reachable from the revision: 1)");
      // v1.0.0 is the first deployment: not used. v1.1.0 ships #3 (72-24=48 h) and #4 (24 h);
      // v1.2.0 ships #6 (0 h). Sorted [0, 24, 48]: median 24, p90 at rank ceil(2.7)=3 → 48.
      assertThat(d.leadTime().medianHours()).isEqualTo(24.0);
      assertThat(d.leadTime().p90Hours()).isEqualTo(48.0);
      assertThat(d.leadTime().commits()).isEqualTo(3);
      assertThat(d.leadTime().droppedNegative()).isZero();
      assertThat(d.leadTime().band()).isEqualTo(Band.HIGH); // not under 1 day
      // the repository is 4 days old: the window starts at its first commit, not 365 days before;
      // 3 deployments in (at least) 1 week, on 3 days of its one ISO week — but 4 days of history
      // are too short to judge a band
      assertThat(d.deploymentFrequency().deployments()).isEqualTo(3);
      assertThat(d.deploymentFrequency().perWeek()).isEqualTo(3.0);
      assertThat(d.deploymentFrequency().medianWeekDeploymentDays()).isEqualTo(3);
      assertThat(d.deploymentFrequency().band()).isNull();
      assertThat(d.deploymentFrequency().reason()).contains("too short");
      // no revert, no event: no failure
      assertThat(d.changeFailureRate().ratio()).isEqualTo(0.0);
      assertThat(d.changeFailureRate().band()).isEqualTo(Band.ELITE);
      assertThat(d.recoveryTime().medianHours()).isNull();
      assertThat(d.recoveryTime().reason()).isEqualTo("no failed deployment in the window");
    }
  }

  @Test
  void authorDatesAfterTheDeploymentAreDroppedAndCounted() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", h(0)).tag("v1.0");
      repo.file("a", "2").commit("#2 rebased", h(5), h(1)).tag("v2.0"); // authored after shipping
      repo.file("a", "3").commit("#3", h(2)).tag("v3.0");
      Delivery d = report(repo.facts());
      // v2: 1 - 5 = -4 h, dropped; v3: 2 - 2 = 0 h
      assertThat(d.leadTime().droppedNegative()).isEqualTo(1);
      assertThat(d.leadTime().commits()).isEqualTo(1);
      assertThat(d.leadTime().medianHours()).isEqualTo(0.0);
      assertThat(d.leadTime().band()).isEqualTo(Band.ELITE);
    }
  }

  private void revertHistory(TestRepository repo) {
    repo.file("a", "1").commit("#1 base", h(0)).tag("v1.0");
    repo.file("b", "feature").commit("#2 feature", h(1)).tag("v1.1");
    String feature = repo.head();
    // reverted in the next deployment
    repo.delete("b")
        .commit("Revert \"#2 feature\"\n\nThis reverts commit " + feature + ".\n", h(3))
        .tag("v1.2");
    // reverted before it shipped: the revert ships with the original
    repo.file("c", "other").commit("#4 other", h(4));
    String other = repo.head();
    repo.delete("c")
        .commit(
            "Revert \"#4 other\"\n\nThis reverts commit " + other.substring(0, 10) + ".\n", h(5))
        .tag("v1.3");
    repo.file("d", "fix").commit("hotfix: the login", h(6)).tag("v1.4");
  }

  @Test
  void revertsMakeTheirDeploymentFailedUnlessShippedWithTheOriginal() {
    try (TestRepository repo = TestRepository.create(dir)) {
      revertHistory(repo);
      Delivery d = report(repo.facts());
      // 5 deployments; v1.1 failed (its #2 reverted by v1.2's commit); v1.3 shipped #4 with its
      // revert: not failed. 1/5 = 0.2 → low (above 15 %)
      assertThat(d.changeFailureRate().failed()).isEqualTo(1);
      assertThat(d.changeFailureRate().deployments()).isEqualTo(5);
      assertThat(d.changeFailureRate().ratio()).isEqualTo(0.2);
      assertThat(d.changeFailureRate().band()).isEqualTo(Band.LOW);
      // restored by v1.2 at h3: 3 - 1 = 2 h → high (under a day)
      assertThat(d.recoveryTime().medianHours()).isEqualTo(2.0);
      assertThat(d.recoveryTime().failures()).isEqualTo(1);
      assertThat(d.recoveryTime().band()).isEqualTo(Band.HIGH);
      // v1.2 ships only a revert: 1 of 5
      assertThat(d.reworkRate().ratio()).isEqualTo(0.2);
    }
  }

  @Test
  void aHotfixPatternMakesTheDeploymentBeforeItFailed() {
    try (TestRepository repo = TestRepository.create(dir)) {
      revertHistory(repo);
      Facts facts =
          repo.facts(
              WindowSpec.defaults(),
              ScanConfig.defaults(),
              new DeliveryOptions(List.of(), List.of(), "^hotfix", true));
      Delivery d = report(facts);
      // v1.3 now failed too, restored by v1.4 at h6: 6 - 5 = 1 h. 2/5 = 0.4
      assertThat(d.changeFailureRate().failed()).isEqualTo(2);
      assertThat(d.changeFailureRate().ratio()).isEqualTo(0.4);
      // recovery [2, 1] → median 1.5 h
      assertThat(d.recoveryTime().medianHours()).isEqualTo(1.5);
      // v1.2 (a revert) and v1.4 (a hotfix) are rework: 2/5
      assertThat(d.reworkRate().ratio()).isEqualTo(0.4);
    }
  }

  @Test
  void deployTagGlobsChooseTheTags() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", h(0)).tag("prod-1");
      repo.file("a", "2").commit("#2", h(2)).tag("prod-2").tag("v2.0.0");
      Facts facts =
          repo.facts(
              WindowSpec.defaults(),
              ScanConfig.defaults(),
              new DeliveryOptions(List.of("prod-*"), List.of(), null, true));
      Delivery d = report(facts);
      assertThat(d.sourceDetail()).startsWith("tags matching prod-* (annotated: 0, lightweight: 2");
      assertThat(d.deploymentFrequency().deployments()).isEqualTo(2);
      assertThat(d.leadTime().medianHours()).isEqualTo(0.0);
    }
  }

  @Test
  void squashMergesHaveNoBranchLifetimeAndBatchSizeMeasuresMergesAgainstTheFirstParent() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1\n2\n3\n").commit("#1 root", h(0)); // 3 lines
      repo.branch("feature/f1");
      repo.file("b", "1\n2\n").commit("#2 f1 a", h(1));
      repo.file("b", "1\n2\n3\n").commit("#2 f1 b", h(2));
      repo.checkout("main");
      repo.file("a", "1\n2\n3\n4\n").commit("#3 main moves on", h(3)); // 1 line
      repo.merge("feature/f1", "Merge branch 'feature/f1'"); // at h4: b, 3 lines
      repo.file("c", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n").commit("Add c (#12)", h(6)); // squash: 10
      Delivery.Flow f = report(repo.facts()).flow();
      // lifetime of feature/f1: merge h4 - first authored h1 = 3 h; the squash has none
      assertThat(f.branchLifetimeMedianHours()).isEqualTo(3.0);
      assertThat(f.branchesMeasured()).isEqualTo(1);
      // landings root 3, main 1, merge 3, squash 10: [1, 3, 3, 10] → median 3, p90 rank 4 → 10
      assertThat(f.batchSizeMedianLines()).isEqualTo(3);
      assertThat(f.batchSizeP90Lines()).isEqualTo(10);
    }
  }

  @Test
  void testsWithChangesCountsProductionChangesThatTouchTests() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("src/main/java/A.java", "class A {}")
          .file("src/test/java/ATest.java", "class ATest {}")
          .commit("#1 A with its test");
      repo.file("src/main/java/A.java", "class A { int x; }").commit("#2 A alone");
      repo.file("README.md", "docs").commit("#3 docs only");
      repo.file("src/main/java/B.java", "class B {}")
          .file("src/test/java/BTest.java", "class BTest {}")
          .commit("#4 B with its test");
      // 3 commits touch production code, 2 of them tests too: 0.67
      assertThat(report(repo.facts()).flow().testsWithChangesRatio()).isEqualTo(0.67);
    }
  }

  @Test
  void contributorsAndBusFactorFollowTheMailmap() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.author("Ada", "ada@example.com").file("a", "1").commit("#1");
      repo.author("Ada L", "ADA@old.example.com").file("a", "2").commit("#2");
      repo.author("Bob", "bob@example.com").file("a", "3").commit("#3");
      repo.author("Cy", "cy@example.com").file("a", "4").commit("#4");
      repo.file(".mailmap", "Ada <ada@example.com> <ada@old.example.com>\n").commit("#5 mailmap");
      Delivery.Flow f = report(repo.facts()).flow();
      // Ada 2 (after the mailmap), Bob 1, Cy 2: 3 authors; Ada + Cy cover 4 of 5 ≥ half, Ada alone
      // 2 of 5 does not → bus factor 2
      assertThat(f.activeContributors()).isEqualTo(3);
      assertThat(f.busFactor()).isEqualTo(2);
    }
  }

  @Test
  void weeksAndDaysAreCountedInUtc() {
    try (TestRepository repo = TestRepository.create(dir)) {
      ZoneOffset newYork = ZoneOffset.ofHours(-5);
      repo.file("a", "0").commit("#0", OffsetDateTime.parse("2026-01-06T10:00:00Z")).tag("v0.0");
      // Sunday 23:30 in New York is Monday 04:30 UTC, ISO week 2026-W03
      repo.file("a", "1")
          .commit("#1", OffsetDateTime.of(2026, 1, 11, 23, 30, 0, 0, newYork))
          .tag("v1.0");
      repo.file("a", "2").commit("#2", OffsetDateTime.parse("2026-01-13T10:00:00Z")).tag("v2.0");
      repo.file("a", "3").commit("#3", OffsetDateTime.parse("2026-01-14T10:00:00Z")).tag("v3.0");
      WindowSpec window =
          new WindowSpec(
              false,
              Instant.parse("2026-01-05T00:00:00Z"),
              null,
              Instant.parse("2026-01-18T23:59:59Z"));
      Delivery.DeploymentFrequency f =
          report(repo.facts(window, ScanConfig.defaults())).deploymentFrequency();
      // UTC: W02 has 1 deployment day (Tue 6th), W03 has 3 (Mon 12th, Tue 13th, Wed 14th);
      // lower median of [1, 3] = 1 → high. (In New York time W02 would have 2.)
      assertThat(f.deployments()).isEqualTo(4);
      assertThat(f.medianWeekDeploymentDays()).isEqualTo(1);
      assertThat(f.band()).isEqualTo(Band.HIGH);
      // from the first commit (Tue 6th 10:00; the repository is younger than the window) to the
      // 18th 23:59:59: 12.58 days = 1.80 weeks → 2.23 a week
      assertThat(f.perWeek()).isEqualTo(2.23);
    }
  }

  @Test
  void aWindowWithNoDeploymentsIsZeroFrequencyAndUnknownKeys() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 long ago", h(-24 * 400)).tag("v1.0.0");
      repo.file("a", "2").commit("#2 recent", h(0));
      Delivery d = report(repo.facts());
      assertThat(d.source()).isEqualTo("tags");
      assertThat(d.deploymentFrequency().deployments()).isZero();
      assertThat(d.deploymentFrequency().perWeek()).isEqualTo(0.0);
      assertThat(d.deploymentFrequency().band()).isEqualTo(Band.LOW);
      assertThat(d.leadTime().medianHours()).isNull();
      assertThat(d.leadTime().reason()).isEqualTo("no deployment in the window");
      assertThat(d.changeFailureRate().ratio()).isNull();
      assertThat(d.changeFailureRate().reason()).isEqualTo("no deployment in the window");
      assertThat(d.reworkRate().ratio()).isNull();
    }
  }

  @Test
  void noSourceMeansUnknownWithTheReasonNeverZero() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", h(0));
      Delivery d = report(repo.facts());
      assertThat(d.source()).isEqualTo("none");
      assertThat(d.sourceDetail()).startsWith("no deployments found");
      assertThat(d.deploymentFrequency().deployments()).isNull();
      assertThat(d.deploymentFrequency().reason()).startsWith("no deployments found");
      assertThat(d.leadTime().medianHours()).isNull();
      assertThat(d.changeFailureRate().ratio()).isNull();
      assertThat(d.recoveryTime().medianHours()).isNull();
      assertThat(d.reworkRate().ratio()).isNull();
    }
  }

  @Test
  void landingsAreDeploymentsWhenThePipelineDeploysOnPush() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file(
              ".github/workflows/deploy.yml",
              """
              on:
                push:
                  branches: [main]
              jobs:
                deploy:
                  runs-on: ubuntu-latest
                  steps:
                    - run: kubectl apply -f k8s/
              """)
          .commit("#1 deploy on push", h(0));
      repo.file("a", "1").commit("#2 change", h(0.5), h(2));
      Delivery d = report(repo.facts());
      assertThat(d.source()).isEqualTo("landings");
      assertThat(d.sourceDetail()).contains(".github/workflows/deploy.yml:8");
      // the root is the first deployment; the second ships #2, authored 1.5 h before
      assertThat(d.deploymentFrequency().deployments()).isEqualTo(2);
      assertThat(d.leadTime().commits()).isEqualTo(1);
      assertThat(d.leadTime().medianHours()).isEqualTo(1.5);
    }
  }

  @Test
  void eventsComeFirstAndAreMatchedToCommitsById() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1", h(0));
      String c1 = repo.head();
      repo.file("a", "2").commit("#2", h(1));
      repo.file("a", "3").commit("#3", h(2)).tag("v1.0.0");
      String c3 = repo.head();
      String events =
          String.join(
              "\n",
              "{\"type\":\"deployment\",\"id\":\"d1\",\"environment\":\"production\",\"commit\":\""
                  + c1
                  + "\",\"finishedAt\":\""
                  + h(0.5)
                  + "\",\"result\":\"success\"}",
              "{\"type\":\"deployment\",\"id\":\"d1\",\"environment\":\"production\",\"commit\":\""
                  + c3
                  + "\",\"finishedAt\":\""
                  + h(9)
                  + "\"}",
              "this is not json",
              "{\"type\":\"deployment\",\"id\":\"s1\",\"environment\":\"staging\",\"commit\":\""
                  + c3
                  + "\",\"finishedAt\":\""
                  + h(2.5)
                  + "\"}",
              "{\"id\":\"d3\",\"result\":\"FAILURE\",\"environment\":\"PRODUCTION\",\"startedDate\":\""
                  + h(2.9)
                  + "\",\"finishedDate\":\""
                  + h(3)
                  + "\",\"deploymentCommits\":[{\"repoUrl\":\"x\",\"commitSha\":\""
                  + c3.substring(0, 10)
                  + "\",\"refName\":\"main\"}]}",
              "{\"context\":{\"id\":\"d4\",\"type\":\"dev.cdevents.service.deployed.0.1.1\","
                  + "\"timestamp\":\""
                  + h(4)
                  + "\",\"source\":\"ci\"},\"subject\":{\"id\":\"app\",\"content\":{\"environment\":"
                  + "{\"id\":\"prod\"},\"artifactId\":\"pkg:oci/app@sha256:abc\"}},"
                  + "\"customData\":{\"commit\":\""
                  + c3
                  + "\"}}",
              "{\"type\":\"incident\",\"id\":\"i1\",\"createdAt\":\""
                  + h(5)
                  + "\",\"resolvedAt\":\""
                  + h(7)
                  + "\",\"deploymentId\":\"d4\"}");
      Facts facts =
          repo.facts(
              until(h(10)),
              ScanConfig.defaults(),
              new DeliveryOptions(
                  List.of(),
                  List.of(new DeliveryOptions.EventInput("events.jsonl", events)),
                  null,
                  true));
      Delivery d = report(facts);
      assertThat(d.source()).isEqualTo("events");
      assertThat(facts.delivery().diagnostics())
          .anySatisfy(x -> assertThat(x.message()).startsWith("events.jsonl:3: not valid JSON"));
      // d1 (h0.5, #1), d3 (h3, #3, failed), d4 (h4, #3); the duplicate d1 and staging s1 ignored
      assertThat(d.deploymentFrequency().deployments()).isEqualTo(3);
      // d3 ships #2 (3-1 = 2 h) and #3 (1 h); d4 ships nothing new: [1, 2] → 1.5, p90 2
      assertThat(d.leadTime().medianHours()).isEqualTo(1.5);
      assertThat(d.leadTime().p90Hours()).isEqualTo(2.0);
      // d3 failed (restored by d4 at h4: 1 h); d4 failed by incident i1 (resolved h7: 3 h)
      assertThat(d.changeFailureRate().failed()).isEqualTo(2);
      assertThat(d.changeFailureRate().ratio()).isEqualTo(0.67);
      assertThat(d.recoveryTime().medianHours()).isEqualTo(2.0);
      assertThat(d.reworkRate().ratio()).isEqualTo(0.0);
    }
  }

  @Test
  void aShallowHistoryDoesNotInventALeadTime() throws Exception {
    assumeTrue(gitInstalled(), "git CLI not installed");
    Path origin = dir.resolve("origin");
    try (TestRepository repo = TestRepository.create(origin)) {
      repo.file("a", "1").commit("#1", h(0)).tag("v1.0");
      repo.file("a", "2").commit("#2", h(1));
      repo.file("a", "3").commit("#3", h(2)).tag("v2.0");
    }
    Path clone = dir.resolve("clone");
    Process p =
        new ProcessBuilder(
                "git", "clone", "-q", "--depth", "1", origin.toUri().toString(), clone.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor()).isZero();
    try (var snapshot =
        dev.shipshape.repository.Repositories.open(
            dev.shipshape.repository.SnapshotRequest.of(clone.toString()))) {
      Facts facts =
          dev.shipshape.facts.FactsBuilder.build(
              snapshot, WindowSpec.defaults(), ScanConfig.defaults());
      assertThat(facts.history().shallow()).isTrue();
      Delivery d = facts.delivery().report();
      // only v2 came with the clone: it is the first deployment, so no lead time
      assertThat(d.deploymentFrequency().deployments()).isEqualTo(1);
      assertThat(d.leadTime().medianHours()).isNull();
      assertThat(d.leadTime().reason())
          .isEqualTo("no deployment in the window has an earlier one to measure from");
    }
  }

  private static boolean gitInstalled() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
