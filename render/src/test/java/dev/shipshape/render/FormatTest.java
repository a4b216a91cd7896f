package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void findsAFormatByItsName() {
    assertThat(Format.fromId("json")).isEqualTo(Format.JSON);
    assertThat(Format.fromId(" Text ")).isEqualTo(Format.TEXT);
    assertThat(Format.ids())
        .containsExactly("text", "json", "markdown", "sarif", "junit", "html", "badge")
        .doesNotHaveDuplicates();
  }

  @Test
  void anUnknownNameListsTheChoices() {
    assertThatThrownBy(() -> Format.fromId("yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown format 'yaml': use one of text, json, markdown, sarif, junit, html, badge");
  }

  @Test
  void everyFormatRendersEverySample() throws IOException {
    for (Format f : Format.values()) {
      for (String name : SampleReports.NAMES) {
        StringWriter out = new StringWriter();
        f.renderer(RenderOptions.plain()).render(SampleReports.named(name), out);
        assertThat(out.toString()).as(f.id() + " " + name).isNotBlank().endsWith("\n");
      }
    }
  }
}
