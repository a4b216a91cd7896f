package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Report;
import dev.shipshape.model.Stage;
import dev.shipshape.model.Summary;
import dev.shipshape.model.Tool;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.w3c.dom.Document;

class BadgeRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  static String svg(Report report) throws IOException {
    StringWriter out = new StringWriter();
    new BadgeRenderer().render(report, out);
    return out.toString();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFileAndIsWellFormed(String name) throws IOException {
    String svg = svg(SampleReports.named(name));
    JunitReportRendererTest.parse(svg);
    Golden.assertMatches(name + ".expected.badge.svg", svg);
  }

  @Test
  void saysScoreAndStageColouredByLevel() throws IOException {
    String svg = svg(SampleReports.full());
    assertThat(svg)
        .contains("aria-label=\"shipshape: 71 · immature DevOps\"")
        .contains(">71 · immature DevOps</text>")
        .contains("fill=\"#97ca00\"");
    assertThat(svg(withScore(85, Stage.MATURE_DEVOPS))).contains("fill=\"#4c1\"", "mature DevOps");
    assertThat(svg(withScore(10, Stage.TRADITIONAL))).contains("fill=\"#e05d44\"", "traditional");
    assertThat(svg(withScore(null, Stage.TRADITIONAL))).contains("fill=\"#9f9f9f\"", ">n/a · ");
  }

  @Test
  void widerTextMakesAWiderBadge() {
    assertThat(BadgeRenderer.width("100 · mature DevOps"))
        .isGreaterThan(BadgeRenderer.width("9 · traditional"));
    assertThat(BadgeRenderer.width("mmmm")).isGreaterThan(BadgeRenderer.width("iiii"));
  }

  @Test
  void aHostileToolNameStaysText() throws IOException {
    Report full = SampleReports.full();
    Report hostile =
        new Report(
            new Tool("<script>alert(1)</script>&\u001b", "0"),
            full.repository(),
            full.window(),
            full.summary(),
            full.practices(),
            full.inventory(),
            full.delivery(),
            full.diagnostics());
    String svg = svg(hostile);
    Document doc = JunitReportRendererTest.parse(svg);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("text").item(0).getTextContent())
        .isEqualTo("<script>alert(1)</script>&\uFFFD");
  }

  private static Report withScore(Integer score, Stage stage) {
    Report full = SampleReports.full();
    return new Report(
        full.tool(),
        full.repository(),
        full.window(),
        new Summary(score, stage, List.of(), List.of()),
        full.practices(),
        full.inventory(),
        full.delivery(),
        full.diagnostics());
  }
}
