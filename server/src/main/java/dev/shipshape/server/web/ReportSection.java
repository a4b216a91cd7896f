package dev.shipshape.server.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The latest report on the repository page, read from its stored JSON (REPORT-CONTRACT.md): the
 * summary, next steps, inventory and every practice with its checks and first evidence.
 */
final class ReportSection {
  private ReportSection() {}

  static void write(Html h, JsonNode r) {
    JsonNode summary = r.path("summary");
    h.raw(
            "<section class=\"report\" id=\"report\"><h2>Latest report</h2><p>Score <strong id=\"score\">")
        .text(summary.path("score").isNull() ? "–" : summary.path("score").asText())
        .raw("</strong> at revision <code>")
        .text(r.path("repository").path("revision").asText(""))
        .raw("</code> (")
        .text(r.path("repository").path("kind").asText())
        .raw(")</p>");
    if (summary.path("nextSteps").size() > 0) {
      h.raw("<h3>Next steps</h3><ol>");
      for (JsonNode s : summary.path("nextSteps")) {
        h.raw("<li><code>")
            .text(s.path("check").asText())
            .raw("</code> ")
            .text(s.path("action").asText())
            .raw("</li>");
      }
      h.raw("</ol>");
    }
    h.raw("<h3>Inventory</h3><dl class=\"inventory\">");
    r.path("inventory")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().size() > 0) {
                StringBuilder words = new StringBuilder();
                e.getValue()
                    .forEach(w -> words.append(words.length() == 0 ? "" : ", ").append(w.asText()));
                h.raw("<dt>").text(e.getKey()).raw("</dt><dd>").text(words).raw("</dd>");
              }
            });
    h.raw("</dl><h3>Practices</h3>");
    for (JsonNode p : r.path("practices")) {
      h.raw("<details class=\"practice\"><summary>")
          .text(p.path("title").asText())
          .raw(" — ")
          .text(
              p.path("score").isNull()
                  ? "not applicable"
                  : p.path("score").asText() + " (level " + p.path("level").asText() + ")")
          .raw(
              "</summary><table><tr><th>Check</th><th>Status</th><th>Score</th><th>Summary</th><th>Evidence</th></tr>");
      for (JsonNode c : p.path("checks")) {
        JsonNode ev = c.path("evidence").size() > 0 ? c.path("evidence").get(0) : null;
        h.raw("<tr><td>")
            .text(c.path("title").asText())
            .raw("</td><td")
            .attr("class", "status-" + c.path("status").asText())
            .raw(">")
            .text(c.path("status").asText())
            .raw("</td><td>")
            .text(c.path("score").isNull() ? "" : c.path("score").asText())
            .raw("</td><td>")
            .text(c.path("summary").asText());
        if (c.hasNonNull("reason")) {
          h.raw("<br><em>").text(c.path("reason").asText()).raw("</em>");
        }
        if (c.hasNonNull("remediation")) {
          h.raw("<br>Next: ").text(c.path("remediation").asText());
        }
        h.raw("</td><td>");
        if (ev != null) {
          String where =
              ev.hasNonNull("path")
                  ? ev.path("path").asText()
                      + (ev.hasNonNull("line") ? ":" + ev.path("line").asText() : "")
                  : ev.hasNonNull("commit") ? ev.path("commit").asText() : "";
          h.raw("<code>").text(where).raw("</code> ").text(ev.path("detail").asText(""));
        }
        h.raw("</td></tr>");
      }
      h.raw("</table></details>");
    }
    h.raw("</section>");
  }
}
