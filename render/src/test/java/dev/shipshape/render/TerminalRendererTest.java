package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class TerminalRendererTest {

  static final List<String> NAMES = SampleReports.NAMES;

  /** The only escape sequences the renderer may write: its own colours. */
  private static final Pattern OWN_COLOURS = Pattern.compile("\u001b\\[[0-9]+m");

  static String text(Report report, RenderOptions options) throws IOException {
    StringWriter out = new StringWriter();
    new TerminalRenderer(options).render(report, out);
    return out.toString();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void matchesGoldenFile(String name) throws IOException {
    Golden.assertMatches(
        name + ".expected.txt", text(SampleReports.named(name), RenderOptions.plain()));
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void verboseMatchesGoldenFile(String name) throws IOException {
    Golden.assertMatches(
        name + ".verbose.expected.txt",
        text(SampleReports.named(name), RenderOptions.plain().withVerbose(true)));
  }

  @Test
  void asciiAndColourMatchGoldenFiles() throws IOException {
    Report full = SampleReports.full();
    Golden.assertMatches(
        "full.ascii.expected.txt", text(full, RenderOptions.plain().withUnicode(false)));
    Golden.assertMatches(
        "full.colour.expected.txt",
        text(full, RenderOptions.plain().withColour(true).withVerbose(true)));
  }

  @Test
  void asciiModeWritesOnlyAscii() throws IOException {
    String text =
        text(SampleReports.full(), RenderOptions.plain().withUnicode(false).withVerbose(true));
    assertThat(text.chars()).allMatch(c -> c < 0x80);
  }

  @Test
  void withoutColourThereIsNoEscapeAtAll() throws IOException {
    for (String name : NAMES) {
      String text = text(SampleReports.named(name), RenderOptions.plain().withVerbose(true));
      assertThat(text).as(name).doesNotContain("\u001b");
    }
  }

  @Test
  void repositoryStringsCannotInjectTerminalCodes() throws IOException {
    for (boolean colour : new boolean[] {false, true}) {
      for (boolean unicode : new boolean[] {false, true}) {
        RenderOptions options = new RenderOptions(colour, unicode, true);
        String text = text(SampleReports.hostileStrings(), options);
        String withoutOwnColours = OWN_COLOURS.matcher(text).replaceAll("");
        assertThat(withoutOwnColours.codePoints())
            .as("%s", options)
            .allMatch(c -> c == '\n' || (!Character.isISOControl(c) && !isBidi(c)));
        assertThat(text).contains("pay\"ments").contains("日本語 🚀");
        // Every line of the report stays one line: the CR LF in the name is flattened.
        assertThat(text.lines().findFirst().orElseThrow()).contains("-api");
      }
    }
  }

  @Test
  void linesFitAHundredColumns() throws IOException {
    for (String name : NAMES) {
      String text = text(SampleReports.named(name), RenderOptions.plain().withVerbose(true));
      assertThat(text.lines()).as(name).allMatch(l -> l.codePointCount(0, l.length()) <= 100);
    }
  }

  @Test
  void unknownKeysSayWhy() throws IOException {
    String text = text(SampleReports.unknownDelivery(), RenderOptions.plain());
    assertThat(text)
        .contains(
            "lead time             unknown (see source)",
            "source                none: no deployment events, no release tags, no")
        .doesNotContain(" 0 deployments");
  }

  private static boolean isBidi(int c) {
    return c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
