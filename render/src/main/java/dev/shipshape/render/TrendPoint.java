package dev.shipshape.render;

import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Trend;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a practice trend, for the HTML report's sparklines: the assessment as it stood on
 * {@code date}. {@code score} is the overall score, null when nothing applied; {@code
 * practiceScores} maps practice ids to their score, a practice without a score being left out.
 */
public record TrendPoint(LocalDate date, Integer score, Map<String, Integer> practiceScores) {

  public TrendPoint {
    Objects.requireNonNull(date, "date");
    practiceScores = Map.copyOf(practiceScores);
  }

  /** The points of a trend, dated by the start of each period (UTC), oldest first. */
  public static List<TrendPoint> of(Trend trend) {
    return trend.points().stream()
        .map(
            p -> {
              Map<String, Integer> practices = new HashMap<>();
              for (PracticeResult r : p.report().practices()) {
                if (r.score() != null) {
                  practices.put(r.id(), r.score());
                }
              }
              return new TrendPoint(
                  LocalDate.ofInstant(p.start(), ZoneOffset.UTC),
                  p.report().summary().score(),
                  practices);
            })
        .toList();
  }
}
