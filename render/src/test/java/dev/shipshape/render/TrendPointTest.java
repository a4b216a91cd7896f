package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Report;
import dev.shipshape.model.Trend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendPointTest {

  @Test
  void aTrendBecomesDatedPointsWithoutUnscoredPractices() {
    Report library = SampleReports.unscoredChecks();
    Report full = SampleReports.full();
    Trend trend =
        new Trend(
            ".",
            "month",
            List.of(
                new Trend.Point(
                    Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-02-01T00:00:00Z"),
                    SampleReports.REVISION,
                    library),
                new Trend.Point(
                    Instant.parse("2026-02-01T00:00:00Z"),
                    Instant.parse("2026-03-01T00:00:00Z"),
                    SampleReports.REVISION,
                    full)));
    List<TrendPoint> points = TrendPoint.of(trend);
    assertThat(points)
        .extracting(TrendPoint::date)
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
    assertThat(points.get(0).score()).isNull();
    assertThat(points.get(0).practiceScores())
        .doesNotContainKey("monitoring-logging")
        .containsEntry("operations", 70);
    assertThat(points.get(1).score()).isEqualTo(71);
    assertThat(points.get(1).practiceScores()).hasSize(10).containsEntry("ci-cd", 90);
  }
}
