package dev.shipshape.render;

import dev.shipshape.model.Delivery;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.Trend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trend as named series, one value per point (null where unknown): the overall score, each
 * practice, and the delivery keys. The renderers only lay these out.
 */
record TrendSeries(String name, List<Number> values) {

  static List<TrendSeries> of(Trend trend) {
    Map<String, Function<Report, Number>> columns = new LinkedHashMap<>();
    columns.put("score", r -> r.summary().score());
    for (PracticeResult p :
        trend.points().isEmpty()
            ? List.<PracticeResult>of()
            : trend.points().get(0).report().practices()) {
      String id = p.id();
      columns.put(
          id,
          r ->
              r.practices().stream()
                  .filter(x -> x.id().equals(id))
                  .findFirst()
                  .map(PracticeResult::score)
                  .orElse(null));
    }
    columns.put("deploymentsPerWeek", r -> delivery(r, d -> d.deploymentFrequency().perWeek()));
    columns.put("leadTimeMedianHours", r -> delivery(r, d -> d.leadTime().medianHours()));
    columns.put("changeFailureRate", r -> delivery(r, d -> d.changeFailureRate().ratio()));
    columns.put("recoveryTimeMedianHours", r -> delivery(r, d -> d.recoveryTime().medianHours()));
    columns.put("integrationsPerWeek", r -> delivery(r, d -> d.flow().integrationsPerWeek()));
    List<TrendSeries> series = new ArrayList<>();
    columns.forEach(
        (name, f) ->
            series.add(
                new TrendSeries(
                    name, trend.points().stream().map(pt -> f.apply(pt.report())).toList())));
    return series;
  }

  private static Number delivery(Report r, Function<Delivery, Number> f) {
    return r.delivery() == null ? null : f.apply(r.delivery());
  }

  Number first() {
    return values.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
  }

  Number last() {
    for (int i = values.size() - 1; i >= 0; i--) {
      if (values.get(i) != null) {
        return values.get(i);
      }
    }
    return null;
  }

  /** The calendar day (UTC) a point starts or ends on. */
  static String day(java.time.Instant t) {
    return t.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }
}
