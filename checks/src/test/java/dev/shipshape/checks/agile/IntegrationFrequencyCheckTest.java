package dev.shipshape.checks.agile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.checks.Outcome;
import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.model.Evidence;
import dev.shipshape.repository.WindowSpec;
import dev.shipshape.testkit.TestRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationFrequencyCheckTest {
  @TempDir Path dir;

  private final IntegrationFrequencyCheck check = new IntegrationFrequencyCheck();

  /** Monday 2026-01-05 09:00 UTC, the start of ISO week 2026-W02. */
  private static final Instant MONDAY = TestRepository.START;

  private static WindowSpec twoWeeks(Instant until) {
    // from Monday 09:00 of ISO week 2026-W02 to the end of W03
    return new WindowSpec(false, MONDAY, null, until);
  }

  @Test
  void landingEveryWorkingDayScoresTen() {
    try (TestRepository repo = TestRepository.create(dir)) {
      Instant last = null;
      for (int week = 0; week < 2; week++) {
        for (int day = 0; day < 5; day++) {
          last = MONDAY.plus(Duration.ofDays(week * 7L + day));
          repo.file("a", week + "-" + day).commit("#1 change", last);
        }
      }
      Instant sunday = MONDAY.plus(Duration.ofDays(13)).plus(Duration.ofHours(14));
      Outcome.Scored outcome =
          (Outcome.Scored) check.evaluate(repo.facts(twoWeeks(sunday), ScanConfig.defaults()));
      // 10 landings over 13 days 14 hours = 1.94 weeks → 5.15 a week; both ISO weeks have one
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence())
          .extracting(Evidence::detail)
          .anySatisfy(d -> assertThat(d).contains("10 landings").contains("5.15 per week"))
          .anySatisfy(d -> assertThat(d).startsWith("100 %"));
    }
  }

  @Test
  void oneLandingAWeekScoresSix() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 first", MONDAY);
      repo.file("a", "2").commit("#2 second", MONDAY.plus(Duration.ofDays(7)));
      Instant sunday = MONDAY.plus(Duration.ofDays(13)).plus(Duration.ofHours(14));
      Outcome.Scored outcome =
          (Outcome.Scored) check.evaluate(repo.facts(twoWeeks(sunday), ScanConfig.defaults()));
      // 2 landings / 1.94 weeks = 1.03 a week → 6; both weeks have one
      assertThat(outcome.score()).isEqualTo(6);
    }
  }

  @Test
  void aBurstInOneWeekOfTenIsCappedByTheShareOfWeeks() {
    try (TestRepository repo = TestRepository.create(dir)) {
      for (int i = 0; i < 60; i++) {
        repo.file("a", "v" + i).commit("#1 burst", MONDAY.plus(Duration.ofHours(i)));
      }
      Instant until = MONDAY.plus(Duration.ofDays(69));
      WindowSpec window = new WindowSpec(false, MONDAY, null, until);
      Outcome.Scored outcome =
          (Outcome.Scored) check.evaluate(repo.facts(window, ScanConfig.defaults()));
      // 60 landings in 9.86 weeks = 6.1 a week (rate 10) but 1 of 10 ISO weeks → 1
      assertThat(outcome.score()).isEqualTo(1);
    }
  }

  @Test
  void commitsOnAMergedBranchAreNotLandings() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 start", MONDAY);
      repo.branch("topic");
      for (int i = 0; i < 9; i++) {
        repo.file("b", "v" + i).commit("#2 work", MONDAY.plus(Duration.ofHours(i + 1)));
      }
      repo.checkout("main").merge("topic", "Merge branch 'topic'");
      Instant sunday = MONDAY.plus(Duration.ofDays(13)).plus(Duration.ofHours(14));
      Outcome.Scored outcome =
          (Outcome.Scored) check.evaluate(repo.facts(twoWeeks(sunday), ScanConfig.defaults()));
      // 2 landings (the first commit and the merge) in 1.94 weeks, only in the first week
      assertThat(outcome.evidence().get(0).detail()).startsWith("2 landings");
      assertThat(outcome.score()).isEqualTo(5);
    }
  }

  @Test
  void aFolderWithoutHistoryIsNotApplicable() throws Exception {
    Files.writeString(dir.resolve("README.md"), "hi");
    try (var snapshot =
        dev.shipshape.repository.Repositories.open(
            dev.shipshape.repository.SnapshotRequest.of(dir.toString()))) {
      var facts =
          dev.shipshape.facts.FactsBuilder.build(
              snapshot, WindowSpec.defaults(), ScanConfig.defaults());
      assertThat(check.evaluate(facts)).isInstanceOf(Outcome.NotApplicable.class);
    }
  }

  @Test
  void aRepositoryYoungerThanTheWindowIsJudgedFromItsFirstCommit() {
    try (TestRepository repo = TestRepository.create(dir)) {
      for (int week = 0; week < 3; week++) {
        for (int day = 0; day < 5; day++) {
          repo.file("a", week + "-" + day)
              .commit("#1 change", MONDAY.plus(Duration.ofDays(week * 7L + day)));
        }
      }
      Outcome.Scored outcome = (Outcome.Scored) check.evaluate(repo.facts());
      // 15 landings over the 2.6 weeks since the first commit, not over the 365-day window
      assertThat(outcome.score()).isEqualTo(10);
      assertThat(outcome.evidence().get(0).detail()).contains("over 2.6 weeks");
    }
  }

  @Test
  void aHistoryOfLessThanAWeekIsTooShortToJudge() {
    try (TestRepository repo = TestRepository.create(dir)) {
      repo.file("a", "1").commit("#1 one");
      repo.file("a", "2").commit("#2 two");
      repo.file("a", "3").commit("#3 three");
      Outcome outcome = check.evaluate(repo.facts());
      assertThat(outcome).isInstanceOf(Outcome.NotApplicable.class);
      assertThat(((Outcome.NotApplicable) outcome).reason()).contains("too short");
    }
  }

  @Test
  void rateScale() {
    assertThat(IntegrationFrequencyCheck.rateScore(5)).isEqualTo(10);
    assertThat(IntegrationFrequencyCheck.rateScore(4.9)).isEqualTo(8);
    assertThat(IntegrationFrequencyCheck.rateScore(1)).isEqualTo(6);
    assertThat(IntegrationFrequencyCheck.rateScore(0.25)).isEqualTo(3);
    assertThat(IntegrationFrequencyCheck.rateScore(0.1)).isEqualTo(1);
  }
}
