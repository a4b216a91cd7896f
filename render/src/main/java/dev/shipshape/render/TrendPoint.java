package dev.shipshape.render;

import java.time.LocalDate;
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
}
