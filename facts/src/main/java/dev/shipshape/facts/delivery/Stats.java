package dev.shipshape.facts.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The statistics of the report, defined so they can be recomputed by hand: the median is the middle
 * value (the mean of the two middle values for an even count); p90 is the nearest rank, the value
 * at position ⌈0.9 × n⌉ in ascending order.
 */
public final class Stats {
  private Stats() {}

  public static Double median(Collection<? extends Number> values) {
    List<Double> v = sorted(values);
    if (v.isEmpty()) {
      return null;
    }
    int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  public static Double p90(Collection<? extends Number> values) {
    List<Double> v = sorted(values);
    if (v.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(0.9 * v.size());
    return v.get(Math.max(rank, 1) - 1);
  }

  /** Rounded to two decimals, as the report shows it. */
  public static Double round(Double v) {
    return v == null ? null : Math.round(v * 100) / 100.0;
  }

  private static List<Double> sorted(Collection<? extends Number> values) {
    List<Double> v = new ArrayList<>();
    values.forEach(x -> v.add(x.doubleValue()));
    v.sort(Double::compare);
    return v;
  }
}
