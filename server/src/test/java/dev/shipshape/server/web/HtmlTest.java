package dev.shipshape.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textAndAttributesAreEscaped() {
    String out =
        new Html()
            .raw("<a")
            .attr("href", "/x\" onclick=\"evil()")
            .raw(">")
            .text("<script>alert('x')&</script>")
            .raw("</a>")
            .toString();
    assertThat(out)
        .isEqualTo(
            "<a href=\"/x&quot; onclick=&quot;evil()\">&lt;script&gt;alert(&#39;x&#39;)&amp;&lt;/script&gt;</a>");
  }

  @Test
  void trendArrowsCompareWithThePreviousScan() {
    assertThat(WebPages.trend(60, 50)).isEqualTo("▲ +10");
    assertThat(WebPages.trend(40, 50)).isEqualTo("▼ -10");
    assertThat(WebPages.trend(50, 50)).isEqualTo("▶ 0");
    assertThat(WebPages.trend(50, null)).isEmpty();
  }
}
