package dev.shipshape.server.web;

import dev.shipshape.server.store.ReportStore.ReportEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A repository's score over its scans, as inline SVG (no script, no external file). */
final class HistoryChart {
  private static final int WIDTH = 600;
  private static final int HEIGHT = 160;
  private static final int PAD = 24;

  private HistoryChart() {}

  static void write(Html h, List<ReportEntry> history) {
    List<ReportEntry> scored = history.stream().filter(e -> e.score() != null).toList();
    h.raw("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\"")
        .attr("aria-label", "score over " + scored.size() + " scans")
        .raw(">");
    h.raw("<title>").text("Score over " + scored.size() + " scans").raw("</title>");
    for (int level = 0; level <= 100; level += 20) {
      int y = y(level);
      h.raw(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>",
              PAD,
              y,
              WIDTH - 4,
              y));
      h.raw(
          String.format(
              Locale.ROOT,
              "<text x=\"2\" y=\"%d\" font-size=\"10\" fill=\"#666\">%d</text>",
              y + 3,
              level));
    }
    if (scored.isEmpty()) {
      h.raw("<text x=\"40\" y=\"80\" fill=\"#666\">no scored scans yet</text></svg>");
      return;
    }
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < scored.size(); i++) {
      int x = x(i, scored.size());
      int y = y(scored.get(i).score());
      points.append(x).append(',').append(y).append(' ');
    }
    h.raw("<polyline fill=\"none\" stroke=\"#2a6\" stroke-width=\"2\"")
        .attr("points", points.toString().trim())
        .raw("/>");
    for (int i = 0; i < scored.size(); i++) {
      ReportEntry e = scored.get(i);
      h.raw(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"#2a6\">",
                  x(i, scored.size()),
                  y(e.score())))
          .raw("<title>")
          .text(Instant.ofEpochMilli(e.scannedAt()) + ": " + e.score() + " (" + e.stage() + ")")
          .raw("</title></circle>");
    }
    h.raw("</svg>");
  }

  private static int x(int i, int n) {
    return n == 1 ? WIDTH / 2 : PAD + 8 + i * (WIDTH - PAD - 20) / (n - 1);
  }

  private static int y(int score) {
    return HEIGHT - PAD + 8 - score * (HEIGHT - PAD - 8) / 100 - 4;
  }
}
