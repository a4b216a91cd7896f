package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MarkdownReportRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");
  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");

  static String markdown(Report report, RenderOptions options) throws IOException {
    StringWriter out = new StringWriter();
    new MarkdownReportRenderer(options).render(report, out);
    return out.toString();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFile(String name) throws IOException {
    Golden.assertMatches(
        name + ".expected.md", markdown(SampleReports.named(name), RenderOptions.plain()));
  }

  @Test
  void asciiBarsAreCode() throws IOException {
    String md = markdown(SampleReports.full(), RenderOptions.plain().withUnicode(false));
    assertThat(md).contains("| 83 | L4 | `########..` |").doesNotContain("█");
  }

  @Test
  void showsScoreStageWallsStepsAndEvidenceInDetails() throws IOException {
    String md = markdown(SampleReports.full(), RenderOptions.plain());
    assertThat(md)
        .contains("**71/100** · **Immature DevOps**")
        .contains("- Between **build and run**, because of `operations/runbooks`")
        .contains("1. `security-compliance/dependency-updates`: Let Renovate")
        .contains("| Lead time for changes | **high** | median 52.5 h · p90 310 h")
        .contains(
            "<details><summary>🟡 <b>version-control/backlog-linkage</b> partial 6/10",
            "- `.github/workflows/ci.yml:21` — runs mvn -B verify on pull&#95;request",
            "**Next step:** Raise")
        .endsWith("\n");
    // Every <details> is closed again, so a long report does not swallow what follows.
    assertThat(count(md, "<details>")).isEqualTo(count(md, "</details>")).isEqualTo(15);
  }

  @Test
  void unknownKeysSayWhyOnce() throws IOException {
    String md = markdown(SampleReports.unknownDelivery(), RenderOptions.plain());
    assertThat(md)
        .contains("Deployments from **none**: no deployment events, no release tags")
        .contains("| Lead time for changes | unknown |  |")
        .contains("Flow: Backlog linked: unknown;");
  }

  @Test
  void repositoryStringsStayText() throws IOException {
    String md = markdown(SampleReports.hostileMarkup(), RenderOptions.plain());
    Set<String> tags = new TreeSet<>();
    Matcher m = TAG.matcher(CODE_SPAN.matcher(md).replaceAll(""));
    while (m.find()) {
      tags.add(m.group(1));
    }
    assertThat(tags).containsExactlyInAnyOrder("a", "b", "details", "sub", "summary");
    assertThat(md)
        .doesNotContain("@octocat")
        .doesNotContain("**bold**")
        .doesNotContain("](javascript")
        .doesNotContain("\u0007")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        // In a code span the tag is literal text.
        .contains("- `docs/<img src=x onerror=alert(1)>.md:7` — ");
    // Table rows keep their column count whatever the cells hold.
    for (String line : md.lines().toList()) {
      if (line.startsWith("| ") && line.contains(" | L")) {
        assertThat(pipes(line)).as(line).isEqualTo(6);
      }
    }
  }

  @Test
  void aBacktickInAPathGetsALongerFence() {
    assertThat(MarkupText.markdownCode("a`b", false)).isEqualTo("``a`b``");
    assertThat(MarkupText.markdownCode("`a", false)).isEqualTo("`` `a ``");
    assertThat(MarkupText.markdownCode("a|b", true)).isEqualTo("`a\\|b`");
  }

  private static int pipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
        n++;
      }
    }
    return n;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
