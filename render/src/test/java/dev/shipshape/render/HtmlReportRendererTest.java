package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class HtmlReportRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)");

  /** Six months of history, one practice unscored at first: enough for every sparkline case. */
  static List<TrendPoint> trend() {
    List<TrendPoint> points = new ArrayList<>();
    int[] overall = {52, 55, 61, 60, 66, 71};
    for (int i = 0; i < overall.length; i++) {
      Map<String, Integer> practices = new HashMap<>();
      for (var p : SampleReports.full().practices()) {
        practices.put(p.id(), Math.max(0, Math.min(100, p.score() - 5 * (overall.length - 1 - i))));
      }
      if (i < 2) {
        practices.remove("operations");
      }
      points.add(new TrendPoint(LocalDate.of(2026, 1 + i, 1), overall[i], practices));
    }
    return points;
  }

  static String html(Report report, List<TrendPoint> trend) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReportRenderer(RenderOptions.plain(), trend).render(report, out);
    return out.toString();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFile(String name) throws IOException {
    Golden.assertMatches(name + ".expected.html", html(SampleReports.named(name), List.of()));
  }

  @Test
  void withTrendMatchesGoldenFile() throws IOException {
    String html = html(SampleReports.full(), trend());
    assertThat(html).contains("<h2>Trend</h2>", "52 → 71", "<polyline");
    Golden.assertMatches("full.trend.expected.html", html);
  }

  @Test
  void withoutTrendThereIsNoTrendSection() throws IOException {
    assertThat(html(SampleReports.full(), List.of())).doesNotContain("Trend");
  }

  @Test
  void loadsNothingAndForbidsLoading() throws IOException {
    for (String name : NAMES) {
      String html = html(SampleReports.named(name), trend());
      assertThat(html)
          .as(name)
          .contains(
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                  + " style-src 'unsafe-inline'; img-src data:\">")
          .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .contains("@media print")
          .doesNotContain("<script")
          .doesNotContain("<link")
          .doesNotContain("<img")
          .doesNotContain("@import")
          .doesNotContain("url(")
          .doesNotContainPattern("<[^>]*\\ssrc=");
    }
  }

  @Test
  void repositoryStringsCannotAddMarkup() throws IOException {
    String html = html(SampleReports.hostileMarkup(), trend());
    Set<String> tags = new TreeSet<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      tags.add(m.group(1));
    }
    assertThat(tags)
        .containsExactlyInAnyOrder(
            "a",
            "body",
            "br",
            "circle",
            "code",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "footer",
            "h1",
            "h2",
            "h3",
            "head",
            "header",
            "html",
            "li",
            "line",
            "main",
            "meta",
            "ol",
            "p",
            "polyline",
            "rect",
            "section",
            "span",
            "strong",
            "style",
            "summary",
            "svg",
            "table",
            "tbody",
            "td",
            "text",
            "th",
            "thead",
            "title",
            "tr",
            "ul")
        .doesNotContain("script", "img", "b", "i");
    assertThat(html)
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("<h1>&lt;script&gt;alert(&quot;repo&quot;)&lt;/script&gt;|`x`</h1>")
        .doesNotContain("\u0007");
  }
}
