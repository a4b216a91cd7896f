package dev.shipshape.model;

import java.time.Instant;
import java.util.List;

/**
 * The assessment over time: one report per period, taken at the last commit of the analysed branch
 * in that period, with the delivery metrics of the period itself.
 */
public record Trend(String location, String every, List<Point> points) {

  public static final String SCHEMA = "shipshape/trend@1";

  public Trend {
    points = List.copyOf(points);
  }

  /** One period: its bounds (start included, end excluded), the commit assessed and the report. */
  public record Point(Instant start, Instant end, String revision, Report report) {}
}
