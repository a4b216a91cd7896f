package dev.shipshape.render;

import static dev.shipshape.render.MarkupText.html;

import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Delivery;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.NextStep;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.RepositoryDescriptor;
import dev.shipshape.model.Stage;
import dev.shipshape.model.Status;
import dev.shipshape.model.Wall;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One self-contained HTML page: header, score and stage, walls and next steps, an SVG bar chart of
 * the practices, trend sparklines when history is given, the DORA keys as tiles, the flow figures,
 * every check with its evidence, the inventory and the diagnostics. It loads nothing: the style is
 * inline, the charts are inline SVG, there is no script, and a Content-Security-Policy forbids any
 * request. Every string from the repository is escaped by {@link MarkupText#html}.
 */
public final class HtmlReportRenderer implements ReportRenderer {

  /** What the page may load: nothing but its own inline style and data images. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final List<TrendPoint> trend;

  public HtmlReportRenderer(RenderOptions options) {
    this(options, List.of());
  }

  /** With the practice trend to draw as sparklines, oldest point first; empty for none. */
  public HtmlReportRenderer(RenderOptions options, List<TrendPoint> trend) {
    this.trend = List.copyOf(trend);
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(64 * 1024);
    String name = html(report.repository().name());
    String score = ReportFigures.score(report.summary().score(), 100);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY)
        .append("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>")
        .append(name)
        .append(" · DevOps maturity ")
        .append(score)
        .append("</title>\n<style>\n")
        .append(HtmlStyle.CSS)
        .append("</style>\n</head>\n<body>\n");
    header(report, b);
    b.append("<main class=\"wrap\">\n");
    hero(report, b);
    b.append("<div class=\"grid2\">\n");
    walls(report, b);
    nextSteps(report, b);
    b.append("</div>\n");
    practices(report, b);
    trend(report, b);
    delivery(report.delivery(), b);
    checks(report, b);
    inventory(report, b);
    diagnostics(report, b);
    b.append("</main>\n<footer class=\"wrap\">Written by ")
        .append(html(report.tool().name()))
        .append(' ')
        .append(html(report.tool().version()))
        .append(" · <a href=\"")
        .append(html(ProjectLinks.checkCatalogue()))
        .append("\" rel=\"noopener noreferrer\">What the checks look for</a></footer>\n")
        .append("</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  private static void header(Report r, StringBuilder b) {
    RepositoryDescriptor repo = r.repository();
    b.append("<header class=\"top\"><div class=\"wrap\">\n")
        .append("<p class=\"eyebrow\">DevOps maturity report</p>\n")
        .append("<h1>")
        .append(html(repo.name()))
        .append("</h1>\n<dl class=\"meta\">\n");
    meta(b, "Revision", html(ReportFigures.revision(repo)));
    meta(b, "Kind", repo.kind().id());
    meta(b, "History", ReportFigures.window(r.window()));
    meta(b, "Location", html(repo.location()));
    b.append("</dl>\n</div></header>\n");
  }

  private static void meta(StringBuilder b, String label, String value) {
    b.append("<div><dt>").append(label).append("</dt><dd>").append(value).append("</dd></div>\n");
  }

  private static void hero(Report r, StringBuilder b) {
    Integer score = r.summary().score();
    Stage stage = r.summary().stage();
    b.append("<section class=\"card hero\" aria-label=\"Score and stage\">\n")
        .append(gauge(score))
        .append("<div>\n<p class=\"stage-label\">Stage</p>\n<p class=\"stage\">")
        .append(stage.title())
        .append("</p>\n<ol class=\"ladder\">");
    for (Stage s : Stage.values()) {
      b.append(s == stage ? "<li class=\"current\" aria-current=\"step\">" : "<li>")
          .append(s.title())
          .append("</li>");
    }
    b.append("</ol>\n<p class=\"explain\">").append(explain(stage)).append("</p>\n</div>\n");
    b.append("</section>\n");
  }

  /** A ring filled to the score, the number in its middle. */
  private static String gauge(Integer score) {
    double r = 52;
    double circumference = 2 * Math.PI * r;
    double filled = score == null ? 0 : circumference * score / 100.0;
    String colour = levelColour(score);
    return "<svg class=\"gauge\" viewBox=\"0 0 140 140\" role=\"img\" aria-label=\"Score "
        + ReportFigures.score(score, 100)
        + "\">"
        + "<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\"#e3e7ed\""
        + " stroke-width=\"14\"/>"
        // No arc at all for 0 or no score: a round cap would draw a dot.
        + (filled == 0
            ? ""
            : "<circle cx=\"70\" cy=\"70\" r=\"52\" fill=\"none\" stroke=\""
                + colour
                + "\" stroke-width=\"14\" stroke-linecap=\"round\""
                + " transform=\"rotate(-90 70 70)\" stroke-dasharray=\""
                + ReportFigures.decimal(filled, 2)
                + " "
                + ReportFigures.decimal(circumference, 2)
                + "\"/>")
        + "<text x=\"70\" y=\"76\" text-anchor=\"middle\" font-size=\"34\" font-weight=\"650\""
        + " fill=\"#1d2633\">"
        + (score == null ? "n/a" : score)
        + "</text>"
        + "<text x=\"70\" y=\"98\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6675\">"
        + (score == null ? "no score" : "of 100")
        + "</text></svg>\n";
  }

  private static String explain(Stage stage) {
    return switch (stage) {
      case TRADITIONAL ->
          "Silos: work is thrown over the walls between building, testing and" + " running.";
      case IMMATURE_DEVOPS -> "A wall is left between building and running the product.";
      case MATURE_DEVOPS -> "One team builds, releases, runs and improves its product.";
    };
  }

  private static void walls(Report r, StringBuilder b) {
    b.append("<section class=\"card\">\n<h2>Walls</h2>\n");
    if (r.summary().walls().isEmpty()) {
      b.append("<p class=\"none\">None: one team builds and runs.</p>\n");
    } else {
      b.append("<ul class=\"plain\">\n");
      for (Wall w : r.summary().walls()) {
        b.append("<li>Between <strong>").append(html(w.between())).append("</strong>, because of ");
        List<String> because = new ArrayList<>();
        for (String c : w.because()) {
          because.add("<code>" + html(c) + "</code>");
        }
        b.append(String.join(", ", because)).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void nextSteps(Report r, StringBuilder b) {
    b.append("<section class=\"card\">\n<h2>Next steps</h2>\n");
    List<NextStep> steps = r.summary().nextSteps();
    if (steps.isEmpty()) {
      b.append("<p class=\"none\">None.</p>\n");
    } else {
      b.append("<ol class=\"steps\">\n");
      for (NextStep s : steps) {
        b.append("<li>")
            .append(html(s.action()))
            .append("<br><code>")
            .append(html(s.check()))
            .append("</code></li>\n");
      }
      b.append("</ol>\n");
    }
    b.append("</section>\n");
  }

  /** One row per practice: name, an SVG bar on a 0–100 scale, score and level. */
  private static void practices(Report r, StringBuilder b) {
    b.append("<section class=\"card\">\n<h2>Practices</h2>\n<div class=\"bars\">\n");
    for (PracticeResult p : r.practices()) {
      Integer score = p.score();
      int width = score == null ? 0 : Math.max(0, Math.min(100, score));
      b.append("<span class=\"name\">")
          .append(html(p.title()))
          .append("</span>")
          .append("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\"")
          .append(" aria-label=\"")
          .append(html(p.title()))
          .append(": ")
          .append(ReportFigures.score(score, 100))
          .append("\"><rect width=\"100\" height=\"10\" rx=\"2\" fill=\"#e9edf2\"/>")
          .append("<rect width=\"")
          .append(width)
          .append("\" height=\"10\" rx=\"2\" fill=\"")
          .append(levelColour(score))
          .append("\"/></svg>")
          .append("<span class=\"num\">")
          .append(score == null ? "n/a" : score)
          .append("</span>")
          .append("<span class=\"lvl ")
          .append(score == null ? "ln" : "l" + p.level())
          .append("\">L")
          .append(p.level())
          .append("</span>\n");
    }
    b.append("</div>\n</section>\n");
  }

  private void trend(Report r, StringBuilder b) {
    if (trend.isEmpty()) {
      return;
    }
    b.append("<section class=\"card\" id=\"trend\">\n<h2>Trend</h2>\n");
    b.append("<div class=\"spark big\"><span class=\"name\">Overall</span>")
        .append(sparkline(trend, TrendPoint::score, 300, 64))
        .append("<span class=\"num\">")
        .append(change(trend, TrendPoint::score))
        .append("</span></div>\n")
        .append("<div class=\"dates\"><span>")
        .append(trend.get(0).date())
        .append("</span><span>")
        .append(trend.get(trend.size() - 1).date())
        .append("</span></div>\n<h3>By practice</h3>\n<div class=\"spark\">\n");
    for (PracticeResult p : r.practices()) {
      Function<TrendPoint, Integer> score = t -> t.practiceScores().get(p.id());
      b.append("<span class=\"name\">")
          .append(html(p.title()))
          .append("</span>")
          .append(sparkline(trend, score, 300, 28))
          .append("<span class=\"num\">")
          .append(change(trend, score))
          .append("</span>\n");
    }
    b.append("</div>\n</section>\n");
  }

  /** A line over the points; a gap where a score is missing, a dot for a lone point. */
  private static String sparkline(
      List<TrendPoint> points, Function<TrendPoint, Integer> score, int width, int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
        .append("<line x1=\"0\" y1=\"")
        .append(height - 1)
        .append("\" x2=\"")
        .append(width)
        .append("\" y2=\"")
        .append(height - 1)
        .append("\" stroke=\"#e3e7ed\" vector-effect=\"non-scaling-stroke\"/>");
    // The scale spans the scores shown, 10 points either side, so that a change is visible.
    int low = 100;
    int high = 0;
    for (TrendPoint p : points) {
      Integer s = score.apply(p);
      if (s != null) {
        low = Math.min(low, s);
        high = Math.max(high, s);
      }
    }
    low = Math.max(0, low - 10);
    high = Math.min(100, Math.max(high + 10, low + 20));
    List<String> segment = new ArrayList<>();
    int n = points.size();
    for (int i = 0; i <= n; i++) {
      Integer s = i < n ? score.apply(points.get(i)) : null;
      if (s != null) {
        double x = n == 1 ? width / 2.0 : (double) i * width / (n - 1);
        double y = 2 + (height - 4) * (1 - (double) (s - low) / (high - low));
        segment.add(ReportFigures.decimal(x, 1) + "," + ReportFigures.decimal(y, 1));
      } else if (!segment.isEmpty()) {
        if (segment.size() == 1) {
          String[] xy = segment.get(0).split(",");
          svg.append("<circle cx=\"")
              .append(xy[0])
              .append("\" cy=\"")
              .append(xy[1])
              .append("\" r=\"2.5\" fill=\"#24527a\"/>");
        } else {
          svg.append("<polyline fill=\"none\" stroke=\"#24527a\" stroke-width=\"2\"")
              .append(" vector-effect=\"non-scaling-stroke\" points=\"")
              .append(String.join(" ", segment))
              .append("\"/>");
        }
        segment.clear();
      }
    }
    return svg.append("</svg>").toString();
  }

  /** "62 → 71" from the first known score to the last; "n/a" when none is known. */
  private static String change(List<TrendPoint> points, Function<TrendPoint, Integer> score) {
    Integer first = null;
    Integer last = null;
    for (TrendPoint p : points) {
      Integer s = score.apply(p);
      if (s != null) {
        first = first == null ? s : first;
        last = s;
      }
    }
    return first == null ? "n/a" : first + " → " + last;
  }

  private static void delivery(Delivery d, StringBuilder b) {
    String detail = d.sourceDetail();
    b.append("<section class=\"card\">\n<h2>Delivery</h2>\n<p>Deployments from <strong>")
        .append(html(d.source()))
        .append("</strong>")
        .append(detail == null || detail.isEmpty() ? "" : ": " + html(detail))
        .append("</p>\n<div class=\"tiles\">\n");
    for (ReportFigures.Key k : ReportFigures.keys(d)) {
      b.append("<div class=\"tile\"><h3>").append(k.label()).append("</h3>");
      if (k.band() != null) {
        b.append("<span class=\"band ")
            .append(k.band().id())
            .append("\">")
            .append(k.band().id())
            .append("</span>");
      } else if (!k.known()) {
        b.append("<span class=\"band\">unknown</span>");
      }
      if (k.known()) {
        String[] parts = k.figures().split(" · ", 2);
        b.append("<p class=\"value\">").append(parts[0]).append("</p>");
        if (parts.length > 1) {
          b.append("<p>").append(parts[1]).append("</p>");
        }
      } else {
        // the source's own reason is said once, above the tiles
        String reason =
            k.reason() == null ? "" : k.reason().equals(detail) ? "see above" : html(k.reason());
        b.append("<p>").append(reason).append("</p>");
      }
      b.append("</div>\n");
    }
    b.append("</div>\n<h3>Flow</h3>\n<dl class=\"flow\">\n");
    for (ReportFigures.Flow f : ReportFigures.flow(d.flow())) {
      b.append("<div><dt>")
          .append(f.label())
          .append("</dt><dd>")
          .append(f.figures() == null ? "unknown" : f.figures())
          .append("</dd></div>\n");
    }
    b.append("</dl>\n</section>\n");
  }

  private static void checks(Report r, StringBuilder b) {
    b.append("<section class=\"card\">\n<h2>Checks</h2>\n<table class=\"checks\">\n")
        .append("<thead><tr><th>Status</th><th>Check</th><th>Score</th><th>What was seen</th>")
        .append("</tr></thead>\n");
    for (PracticeResult p : r.practices()) {
      b.append("<tbody>\n<tr><th colspan=\"4\">").append(html(p.title())).append("</th></tr>\n");
      for (CheckResult c : p.checks()) {
        check(c, b);
      }
      b.append("</tbody>\n");
    }
    b.append("</table>\n</section>\n");
  }

  private static void check(CheckResult c, StringBuilder b) {
    b.append("<tr><td><span class=\"status ")
        .append(c.status().id())
        .append("\">")
        .append(statusSign(c.status()))
        .append(' ')
        .append(statusWord(c.status()))
        .append("</span></td>")
        .append("<td><a href=\"")
        .append(html(ProjectLinks.checkDoc(c.id())))
        .append("\" rel=\"noopener noreferrer\"><code>")
        .append(html(c.id()))
        .append("</code></a><div class=\"title\">")
        .append(html(c.title()))
        .append("</div></td>")
        .append("<td class=\"score\">")
        .append(c.score() == null ? "—" : c.score() + "/10")
        .append("</td><td>")
        .append(html(c.summary()));
    if (c.reason() != null && !c.reason().equals(c.summary())) {
      b.append("<p class=\"next\">").append(html(c.reason())).append("</p>");
    }
    if (!c.evidence().isEmpty()) {
      b.append("<details><summary>Evidence (")
          .append(c.evidence().size())
          .append(")</summary><ul>");
      for (Evidence e : c.evidence()) {
        String location = e.location();
        String detail = e.detail() == null ? "" : html(e.detail());
        b.append("<li>");
        if (!location.isEmpty()) {
          b.append("<code>").append(html(location)).append("</code>");
          if (!detail.isEmpty()) {
            b.append(" — ");
          }
        }
        b.append(detail).append("</li>");
      }
      b.append("</ul></details>");
    }
    if (c.remediation() != null) {
      b.append("<p class=\"next\"><strong>Next step:</strong> ")
          .append(html(c.remediation()))
          .append("</p>");
    }
    b.append("</td></tr>\n");
  }

  private static void inventory(Report r, StringBuilder b) {
    b.append("<section class=\"card\">\n<h2>Inventory</h2>\n<dl class=\"inventory\">\n");
    for (InventoryCategory c : InventoryCategory.values()) {
      b.append("<dt>").append(c.id()).append("</dt><dd>");
      if (r.inventory().get(c).isEmpty()) {
        b.append("<span class=\"none\">—</span>");
      } else {
        b.append("<div class=\"chips\">");
        for (String word : r.inventory().get(c)) {
          b.append("<span class=\"chip\">").append(html(word)).append("</span>");
        }
        b.append("</div>");
      }
      b.append("</dd>\n");
    }
    b.append("</dl>\n</section>\n");
  }

  private static void diagnostics(Report r, StringBuilder b) {
    if (r.diagnostics().isEmpty()) {
      return;
    }
    b.append("<section class=\"card\">\n<h2>Diagnostics</h2>\n<ul class=\"plain\">\n");
    for (Diagnostic d : r.diagnostics()) {
      b.append("<li class=\"diag-")
          .append(d.level().id())
          .append("\"><strong>")
          .append(d.level().id())
          .append("</strong> ")
          .append(html(d.message()))
          .append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  private static String levelColour(Integer score) {
    if (score == null) {
      return "#98a2b3";
    }
    return switch (PracticeResult.levelOf(score)) {
      case 4 -> "#1c7047";
      case 3 -> "#3f8a3a";
      case 2 -> "#a87a00";
      case 1 -> "#c4540c";
      default -> "#b42318";
    };
  }

  private static String statusWord(Status s) {
    return s == Status.NOT_APPLICABLE ? "n/a" : s.id();
  }

  private static String statusSign(Status s) {
    return switch (s) {
      case PASS -> "✓";
      case PARTIAL -> "◐";
      case FAIL -> "✗";
      case NOT_APPLICABLE -> "–";
      case EXEMPT -> "○";
      case ERROR -> "!";
    };
  }
}
