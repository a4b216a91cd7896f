package dev.shipshape.render;

import static dev.shipshape.render.MarkupText.html;
import static dev.shipshape.render.MarkupText.markdown;
import static dev.shipshape.render.MarkupText.markdownCode;

import dev.shipshape.model.CheckResult;
import dev.shipshape.model.Diagnostic;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import dev.shipshape.model.NextStep;
import dev.shipshape.model.PracticeResult;
import dev.shipshape.model.Report;
import dev.shipshape.model.RepositoryDescriptor;
import dev.shipshape.model.Status;
import dev.shipshape.model.Wall;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub-flavoured Markdown for a pull-request comment or a CI job summary: score and stage, walls,
 * next steps, the practices as a table, the delivery keys, and every check with its evidence in a
 * collapsed {@code <details>} section. Every string from the repository goes through {@link
 * MarkupText}: it shows as text and cannot open a tag, split a table cell or mention anyone.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

  private static final int BAR_CELLS = 10;

  private final RenderOptions options;

  public MarkdownReportRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    List<String> lines = new ArrayList<>();
    header(report, lines);
    walls(report, lines);
    nextSteps(report, lines);
    practices(report, lines);
    delivery(report, lines);
    checks(report, lines);
    inventory(report, lines);
    diagnostics(report, lines);
    lines.add(
        "<sub>"
            + html(report.tool().name())
            + " "
            + html(report.tool().version())
            + " · <a href=\""
            + html(ProjectLinks.checkCatalogue())
            + "\">what the checks look for</a></sub>");
    for (String line : lines) {
      out.write(line);
      out.write('\n');
    }
    out.flush();
  }

  private void header(Report r, List<String> lines) {
    RepositoryDescriptor repo = r.repository();
    lines.add("## DevOps maturity: " + markdown(repo.name()));
    lines.add("");
    String score = r.summary().score() == null ? "no score" : "**" + r.summary().score() + "/100**";
    lines.add(score + " · **" + r.summary().stage().title() + "**");
    lines.add("");
    lines.add(
        "Revision "
            + markdown(ReportFigures.revision(repo))
            + " · "
            + repo.kind().id()
            + " · history "
            + ReportFigures.window(r.window()));
    lines.add("");
  }

  private void walls(Report r, List<String> lines) {
    lines.add("### Walls");
    lines.add("");
    if (r.summary().walls().isEmpty()) {
      lines.add("None: one team builds and runs.");
    }
    for (Wall w : r.summary().walls()) {
      List<String> because = w.because().stream().map(c -> markdownCode(c, false)).toList();
      lines.add(
          "- Between **" + markdown(w.between()) + "**, because of " + String.join(", ", because));
    }
    lines.add("");
  }

  private void nextSteps(Report r, List<String> lines) {
    lines.add("### Next steps");
    lines.add("");
    List<NextStep> steps = r.summary().nextSteps();
    if (steps.isEmpty()) {
      lines.add("None.");
    }
    for (int i = 0; i < steps.size(); i++) {
      NextStep s = steps.get(i);
      lines.add((i + 1) + ". " + markdownCode(s.check(), false) + ": " + markdown(s.action()));
    }
    lines.add("");
  }

  private void practices(Report r, List<String> lines) {
    lines.add("### Practices");
    lines.add("");
    lines.add("| Practice | Score | Level | | Checks |");
    lines.add("|---|---:|:---:|---|---|");
    for (PracticeResult p : r.practices()) {
      lines.add(
          "| "
              + markdown(p.title())
              + " | "
              + (p.score() == null ? "n/a" : String.valueOf(p.score()))
              + " | L"
              + p.level()
              + " | "
              + bar(p.score())
              + " | "
              + counts(p.checks())
              + " |");
    }
    lines.add("");
  }

  /** Ten cells, one per ten points (rounded); empty when unscored. */
  private String bar(Integer score) {
    int full = score == null ? 0 : (score + 5) / 10;
    return options.unicode()
        ? "█".repeat(full) + "░".repeat(BAR_CELLS - full)
        : "`" + "#".repeat(full) + ".".repeat(BAR_CELLS - full) + "`";
  }

  private static String counts(List<CheckResult> checks) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (CheckResult c : checks) {
      counts.merge(c.status(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((s, n) -> parts.add(n + " " + statusWord(s)));
    return parts.isEmpty() ? "no checks" : String.join(" · ", parts);
  }

  private static void delivery(Report r, List<String> lines) {
    lines.add("### Delivery");
    lines.add("");
    String detail = r.delivery().sourceDetail();
    lines.add(
        "Deployments from **"
            + markdown(r.delivery().source())
            + "**"
            + (detail == null || detail.isEmpty() ? "" : ": " + markdown(detail))
            + ".");
    lines.add("");
    lines.add("| Key | Band | Figures |");
    lines.add("|---|---|---|");
    for (ReportFigures.Key k : ReportFigures.keys(r.delivery())) {
      String band = k.band() == null ? (k.known() ? "" : "unknown") : "**" + k.band().id() + "**";
      String figures =
          k.known()
              ? k.figures()
              : k.reason() == null || k.reason().equals(detail) ? "" : markdown(k.reason());
      lines.add("| " + k.label() + " | " + band + " | " + figures + " |");
    }
    lines.add("");
    List<String> flow = new ArrayList<>();
    for (ReportFigures.Flow f : ReportFigures.flow(r.delivery().flow())) {
      flow.add(f.label() + ": " + (f.figures() == null ? "unknown" : f.figures()));
    }
    lines.add("Flow: " + String.join("; ", flow) + ".");
    lines.add("");
  }

  private void checks(Report r, List<String> lines) {
    lines.add("### Checks");
    lines.add("");
    for (PracticeResult p : r.practices()) {
      lines.add("#### " + markdown(p.title()));
      lines.add("");
      for (CheckResult c : p.checks()) {
        check(c, lines);
      }
    }
  }

  private void check(CheckResult c, List<String> lines) {
    // Inside <summary> Markdown is not read, so the line is HTML only.
    String score = c.score() == null ? "" : " " + c.score() + "/10";
    lines.add(
        "<details><summary>"
            + statusSign(c.status())
            + " <b>"
            + html(c.id())
            + "</b> "
            + statusWord(c.status())
            + score
            + " · "
            + html(c.title())
            + "</summary>");
    lines.add("");
    lines.add(markdown(c.summary()));
    lines.add("");
    if (c.reason() != null && !c.reason().equals(c.summary())) {
      lines.add("Reason: " + markdown(c.reason()));
      lines.add("");
    }
    for (Evidence e : c.evidence()) {
      lines.add("- " + evidence(e));
    }
    if (!c.evidence().isEmpty()) {
      lines.add("");
    }
    if (c.remediation() != null) {
      lines.add("**Next step:** " + markdown(c.remediation()));
      lines.add("");
    }
    lines.add("[About this check](" + ProjectLinks.checkDoc(c.id()) + ")");
    lines.add("");
    lines.add("</details>");
    lines.add("");
  }

  private static String evidence(Evidence e) {
    String location = e.location();
    String detail = e.detail() == null ? "" : markdown(e.detail());
    if (location.isEmpty()) {
      return detail;
    }
    String where = markdownCode(location, false);
    return detail.isEmpty() ? where : where + " — " + detail;
  }

  private static void inventory(Report r, List<String> lines) {
    lines.add("### Inventory");
    lines.add("");
    for (InventoryCategory c : InventoryCategory.values()) {
      List<String> words = List.copyOf(r.inventory().get(c));
      lines.add("- **" + c.id() + "**: " + (words.isEmpty() ? "—" : String.join(", ", words)));
    }
    lines.add("");
  }

  private static void diagnostics(Report r, List<String> lines) {
    if (r.diagnostics().isEmpty()) {
      return;
    }
    lines.add("### Diagnostics");
    lines.add("");
    for (Diagnostic d : r.diagnostics()) {
      lines.add("- " + d.level().id() + ": " + markdown(d.message()));
    }
    lines.add("");
  }

  private static String statusWord(Status s) {
    return s == Status.NOT_APPLICABLE ? "n/a" : s.id();
  }

  private static String statusSign(Status s) {
    return switch (s) {
      case PASS -> "✅";
      case PARTIAL -> "🟡";
      case FAIL -> "❌";
      case NOT_APPLICABLE -> "➖";
      case EXEMPT -> "⚪";
      case ERROR -> "⚠️";
    };
  }
}
