package dev.shipshape.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The output formats, by the name the user gives ({@code --format NAME}). One line per format. */
public enum Format {
  TEXT("text", TerminalRenderer::new),
  JSON("json", options -> new JsonReportRenderer()),
  MARKDOWN("markdown", MarkdownReportRenderer::new),
  SARIF("sarif", options -> new SarifReportRenderer()),
  JUNIT("junit", options -> new JunitReportRenderer()),
  HTML("html", HtmlReportRenderer::new),
  BADGE("badge", options -> new BadgeRenderer());

  private final String id;
  private final Function<RenderOptions, ReportRenderer> factory;

  Format(String id, Function<RenderOptions, ReportRenderer> factory) {
    this.id = id;
    this.factory = factory;
  }

  /** The name users type, e.g. {@code json}. */
  public String id() {
    return id;
  }

  public ReportRenderer renderer(RenderOptions options) {
    return factory.apply(options);
  }

  /** The format named {@code name} (case-insensitive); a one-line message naming the choices. */
  public static Format fromId(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.id.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "': use one of " + String.join(", ", ids()));
  }

  /** Every format name, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Format::id).toList();
  }
}
