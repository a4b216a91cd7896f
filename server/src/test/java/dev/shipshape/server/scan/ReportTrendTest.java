package dev.shipshape.server.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.TrendPoint;
import dev.shipshape.server.store.ReportStore.StoredReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTrendTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-01-07");

  private static StoredReport report(String at, int score, int ciCd) {
    return new StoredReport(
        Instant.parse(at).toEpochMilli(),
        "{\"summary\":{\"score\":%d},\"practices\":[{\"id\":\"ci-cd\",\"score\":%d},{\"id\":\"iac\",\"score\":null}]}"
            .formatted(score, ciCd));
  }

  @Test
  void oneDayOneLastPointAndTheReportJustMadeLast() {
    List<TrendPoint> points =
        ReportTrend.of(
            List.of(
                report("2026-01-05T09:00:00Z", 40, 30),
                report("2026-01-05T18:00:00Z", 45, 35),
                report("2026-01-06T09:00:00Z", 50, 40)),
            new TrendPoint(TODAY, 60, Map.of("ci-cd", 70)));
    assertThat(points).extracting(TrendPoint::score).containsExactly(45, 50, 60);
    assertThat(points.get(0).practiceScores()).isEqualTo(Map.of("ci-cd", 35));
    assertThat(points.get(2).date()).isEqualTo(TODAY);
  }

  @Test
  void aSingleDayIsNoTrend() {
    assertThat(
            ReportTrend.of(
                List.of(report("2026-01-07T09:00:00Z", 40, 30)),
                new TrendPoint(TODAY, 60, Map.of())))
        .isEmpty();
  }
}
