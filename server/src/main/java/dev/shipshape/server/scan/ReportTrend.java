package dev.shipshape.server.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.render.TrendPoint;
import dev.shipshape.server.store.ReportStore.StoredReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A repository's history as the HTML report's trend: its stored reports, then the one just made,
 * one point per day (the day's last scan), in UTC. A single day is no trend: none is drawn.
 */
final class ReportTrend {
  /** Reports read for the trend: a year of weekly scans. */
  static final int REPORTS = 52;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportTrend() {}

  static List<TrendPoint> of(List<StoredReport> stored, TrendPoint current) {
    Map<LocalDate, TrendPoint> byDay = new LinkedHashMap<>();
    for (StoredReport r : stored) {
      TrendPoint p = point(r);
      byDay.put(p.date(), p);
    }
    byDay.put(current.date(), current);
    List<TrendPoint> points = new ArrayList<>(byDay.values());
    points.sort(java.util.Comparator.comparing(TrendPoint::date));
    return points.size() < 2 ? List.of() : points;
  }

  /** The point of the report just made. */
  static TrendPoint point(Report report, Instant scannedAt) {
    Map<String, Integer> practices = new HashMap<>();
    for (PracticeResult p : report.practices()) {
      if (p.score() != null) {
        practices.put(p.id(), p.score());
      }
    }
    return new TrendPoint(
        LocalDate.ofInstant(scannedAt, ZoneOffset.UTC), report.summary().score(), practices);
  }

  private static TrendPoint point(StoredReport r) {
    JsonNode report;
    try {
      report = JSON.readTree(r.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Integer> practices = new HashMap<>();
    for (JsonNode p : report.path("practices")) {
      if (p.path("score").isInt()) {
        practices.put(p.path("id").asText(), p.path("score").asInt());
      }
    }
    JsonNode score = report.path("summary").path("score");
    return new TrendPoint(
        LocalDate.ofInstant(Instant.ofEpochMilli(r.scannedAt()), ZoneOffset.UTC),
        score.isInt() ? score.asInt() : null,
        practices);
  }
}
