package dev.shipshape.render;

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
import dev.shipshape.render.TerminalText.Colour;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The summary a person takes in at a glance, for a terminal of 80–100 columns: header, score and
 * stage, one line per practice, walls, next steps, inventory, delivery and diagnostics. It prints
 * only what the report holds, and every string that came from the repository goes through {@link
 * TerminalText#clean} so that it cannot send escape codes to the terminal.
 */
public final class TerminalRenderer implements ReportRenderer {

  /** Prose is wrapped to this many columns. */
  private static final int WIDTH = 80;

  private static final int BAR_CELLS = 10;
  private static final String INDENT = "  ";

  private final RenderOptions options;
  private final TerminalText t;

  public TerminalRenderer(RenderOptions options) {
    this.options = options;
    this.t = new TerminalText(options.colour(), options.unicode());
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    List<String> lines = new ArrayList<>();
    header(report, lines);
    practices(report, lines);
    if (options.verbose()) {
      checks(report, lines);
    }
    walls(report, lines);
    nextSteps(report, lines);
    if (!options.verbose()) {
      exemptions(report, lines);
    }
    inventory(report, lines);
    delivery(report.delivery(), lines);
    diagnostics(report, lines);
    for (String line : lines) {
      out.write(line.stripTrailing());
      out.write('\n');
    }
    out.flush();
  }

  private void header(Report r, List<String> lines) {
    RepositoryDescriptor repo = r.repository();
    lines.add(
        t.paint(Colour.BOLD, t.clean(repo.name()))
            + "  "
            + t.sign("·", "-")
            + "  "
            + t.clean(r.tool().name())
            + " "
            + t.clean(r.tool().version()));
    String revision =
        repo.revision() == null
            ? "none (not a git repository)"
            : t.clean(repo.revision().substring(0, Math.min(12, repo.revision().length())));
    String branch = repo.branch() == null ? "(no branch)" : "on " + t.clean(repo.branch());
    field(lines, "location", t.clean(repo.location()));
    field(lines, "revision", repo.revision() == null ? revision : revision + " " + branch);
    field(lines, "kind", repo.kind().id());
    field(
        lines,
        "window",
        (r.window().since() == null ? "first commit" : ReportFigures.day(r.window().since()))
            + " "
            + t.sign("→", "->")
            + " "
            + (r.window().until() == null ? "last commit" : ReportFigures.day(r.window().until())));
    lines.add("");
    Stage stage = r.summary().stage();
    Colour stageColour = stageColour(stage);
    String score = r.summary().score() == null ? "no score" : r.summary().score() + "/100";
    lines.add(
        INDENT
            + t.paint(stageColour, score)
            + "   "
            + t.paint(stageColour, stage.title().toUpperCase(Locale.ROOT)));
    lines.add("");
  }

  private void field(List<String> lines, String label, String value) {
    lines.add(INDENT + TerminalText.padRight(label, 10) + value);
  }

  private void practices(Report r, List<String> lines) {
    section(lines, "Practices");
    int idWidth = 0;
    for (PracticeResult p : r.practices()) {
      idWidth = Math.max(idWidth, TerminalText.width(t.clean(p.id())));
    }
    for (PracticeResult p : r.practices()) {
      Colour c = p.score() == null ? Colour.DIM : levelColour(p.level());
      String score = p.score() == null ? "n/a" : p.score() + "/100";
      lines.add(
          INDENT
              + TerminalText.padRight(t.clean(p.id()), idWidth)
              + "  "
              + t.paint(c, bar(p.score()))
              + "  "
              + TerminalText.padLeft(score, 7)
              + "  "
              + t.paint(c, "L" + p.level())
              + "   "
              + counts(p.checks()));
    }
    lines.add("");
  }

  /** Ten cells, one per ten points (rounded); empty when unscored. */
  private String bar(Integer score) {
    int full = score == null ? 0 : (score + 5) / 10;
    return t.sign("█", "#").repeat(full) + t.sign("░", ".").repeat(BAR_CELLS - full);
  }

  private String counts(List<CheckResult> checks) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (CheckResult c : checks) {
      counts.merge(c.status(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((s, n) -> parts.add(t.paint(statusColour(s), n + " " + statusWord(s))));
    return parts.isEmpty() ? "no checks" : String.join(" " + t.sign("·", "-") + " ", parts);
  }

  private void checks(Report r, List<String> lines) {
    section(lines, "Checks");
    for (PracticeResult p : r.practices()) {
      lines.add(INDENT + t.paint(Colour.BOLD, t.clean(p.id())) + "  " + t.clean(p.title()));
      for (CheckResult c : p.checks()) {
        String score = c.score() == null ? "" : c.score() + "/10";
        String first =
            INDENT
                + INDENT
                + t.paint(
                    statusColour(c.status()),
                    TerminalText.padRight(
                        statusSign(c.status()) + " " + statusWord(c.status()), 10))
                + TerminalText.padLeft(score, 5)
                + "  "
                + t.clean(c.id());
        lines.add(first);
        String under = " ".repeat(2 * INDENT.length() + 10 + 5 + 2);
        prose(lines, under, t.clean(c.summary()));
        if (c.reason() != null) {
          prose(lines, under, c.status().id().replace('-', ' ') + ": " + t.clean(c.reason()));
        }
        if (!c.evidence().isEmpty()) {
          Evidence e = c.evidence().get(0);
          String location = t.clean(e.location());
          String detail = t.clean(e.detail());
          prose(
              lines,
              under,
              location.isEmpty() || detail.isEmpty()
                  ? location + detail
                  : location + " " + t.sign("—", "-") + " " + detail);
        }
      }
      lines.add("");
    }
  }

  private void walls(Report r, List<String> lines) {
    section(lines, "Walls");
    if (r.summary().walls().isEmpty()) {
      lines.add(INDENT + "none");
    }
    for (Wall w : r.summary().walls()) {
      lines.add(INDENT + "between " + t.clean(w.between()));
      List<String> because = w.because().stream().map(t::clean).toList();
      prose(lines, INDENT + INDENT + "because ", String.join(", ", because));
    }
    lines.add("");
  }

  private void nextSteps(Report r, List<String> lines) {
    section(lines, "Next steps");
    List<NextStep> steps = r.summary().nextSteps();
    if (steps.isEmpty()) {
      lines.add(INDENT + "none");
    }
    for (int i = 0; i < steps.size(); i++) {
      NextStep s = steps.get(i);
      String number = (i + 1) + ". ";
      lines.add(INDENT + number + t.clean(s.check()));
      prose(lines, INDENT + " ".repeat(number.length()), t.clean(s.action()));
    }
    lines.add("");
  }

  /** Exemptions are the team's own decisions: every report shows them with their reasons. */
  private void exemptions(Report r, List<String> lines) {
    List<dev.shipshape.model.CheckResult> exempt =
        r.checks().stream().filter(c -> c.status() == Status.EXEMPT).toList();
    if (exempt.isEmpty()) {
      return;
    }
    section(lines, "Exempt");
    for (dev.shipshape.model.CheckResult c : exempt) {
      lines.add(INDENT + t.clean(c.id()));
      prose(lines, INDENT + "   ", t.clean(c.reason()));
    }
    lines.add("");
  }

  private void inventory(Report r, List<String> lines) {
    section(lines, "Inventory");
    for (InventoryCategory c : InventoryCategory.values()) {
      List<String> words = List.copyOf(r.inventory().get(c));
      prose(
          lines,
          INDENT + TerminalText.padRight(c.id(), 15),
          words.isEmpty() ? t.sign("—", "-") : String.join(", ", words));
    }
    lines.add("");
  }

  private void delivery(Delivery d, List<String> lines) {
    String source = t.clean(d.source());
    String detail = t.clean(d.sourceDetail());
    section(lines, "Delivery");
    prose(
        lines,
        INDENT + TerminalText.padRight("source", 22),
        detail.isEmpty() ? source : source + ": " + detail);

    Delivery.DeploymentFrequency df = d.deploymentFrequency();
    String sourceDetail = d.sourceDetail();
    key(
        lines,
        "deployment frequency",
        df.band(),
        df.reason(),
        sourceDetail,
        join(
            ReportFigures.count(df.deployments(), "deployment", "deployments"),
            df.perWeek() == null ? null : ReportFigures.decimal(df.perWeek(), 2) + " per week",
            df.medianWeekDeploymentDays() == null
                ? null
                : ReportFigures.count(df.medianWeekDeploymentDays(), "day", "days")
                    + " in the median week"));

    Delivery.LeadTime lt = d.leadTime();
    key(
        lines,
        "lead time",
        lt.band(),
        lt.reason(),
        sourceDetail,
        join(
            lt.medianHours() == null ? null : "median " + ReportFigures.hours(lt.medianHours()),
            lt.p90Hours() == null ? null : "p90 " + ReportFigures.hours(lt.p90Hours()),
            ReportFigures.count(lt.commits(), "commit", "commits"),
            lt.droppedNegative() == null || lt.droppedNegative() == 0
                ? null
                : lt.droppedNegative() + " negative dropped"));

    Delivery.ChangeFailureRate cfr = d.changeFailureRate();
    key(
        lines,
        "change failure rate",
        cfr.band(),
        cfr.reason(),
        sourceDetail,
        join(
            ReportFigures.percent(cfr.ratio()),
            cfr.failed() == null || cfr.deployments() == null
                ? null
                : cfr.failed()
                    + " of "
                    + ReportFigures.count(cfr.deployments(), "deployment", "deployments")
                    + " failed"));

    Delivery.RecoveryTime rt = d.recoveryTime();
    key(
        lines,
        "recovery time",
        rt.band(),
        rt.reason(),
        sourceDetail,
        join(
            rt.medianHours() == null ? null : "median " + ReportFigures.hours(rt.medianHours()),
            ReportFigures.count(rt.failures(), "failure", "failures")));

    Delivery.ReworkRate rw = d.reworkRate();
    key(
        lines,
        "rework rate",
        null,
        rw.reason(),
        sourceDetail,
        join(ReportFigures.percent(rw.ratio())));
    lines.add("");

    flow(d.flow(), lines);
  }

  private void flow(Delivery.Flow f, List<String> lines) {
    section(lines, "Flow");
    flowLine(lines, "backlog linked", join(ReportFigures.percent(f.backlogLinkedRatio())));
    flowLine(lines, "tests with changes", join(ReportFigures.percent(f.testsWithChangesRatio())));
    flowLine(
        lines,
        "batch size",
        join(
            f.batchSizeMedianLines() == null
                ? null
                : "median " + ReportFigures.count(f.batchSizeMedianLines(), "line", "lines"),
            f.batchSizeP90Lines() == null
                ? null
                : "p90 " + ReportFigures.count(f.batchSizeP90Lines(), "line", "lines")));
    flowLine(
        lines,
        "branch lifetime",
        join(
            f.branchLifetimeMedianHours() == null
                ? null
                : "median " + ReportFigures.hours(f.branchLifetimeMedianHours()),
            ReportFigures.count(f.branchesMeasured(), "branch", "branches")));
    flowLine(
        lines,
        "integration",
        join(
            f.integrationsPerWeek() == null
                ? null
                : ReportFigures.decimal(f.integrationsPerWeek(), 1) + " per week",
            f.weeksWithIntegrationRatio() == null
                ? null
                : ReportFigures.percent(f.weeksWithIntegrationRatio()) + " of weeks"));
    flowLine(
        lines,
        "contributors",
        join(
            f.activeContributors() == null ? null : f.activeContributors() + " active",
            f.busFactor() == null ? null : "bus factor " + f.busFactor()));
    lines.add("");
  }

  private void key(
      List<String> lines,
      String label,
      Delivery.Band band,
      String reason,
      String sourceDetail,
      String figures) {
    String lead = INDENT + TerminalText.padRight(label, 22);
    if (figures == null) {
      // The reason is printed once when it is the one the source line already gives.
      String why =
          reason == null
              ? ""
              : reason.equals(sourceDetail)
                  ? " (see source)"
                  : " " + t.sign("—", "-") + " " + t.clean(reason);
      prose(lines, lead, t.paint(Colour.DIM, "unknown") + why);
      return;
    }
    String bandWord = band == null ? "" : t.paint(bandColour(band), band.id());
    String gap = " ".repeat(8 - (band == null ? 0 : band.id().length()));
    lines.add(lead + bandWord + gap + figures);
  }

  private void flowLine(List<String> lines, String label, String figures) {
    lines.add(
        INDENT
            + TerminalText.padRight(label, 22)
            + (figures == null ? t.paint(Colour.DIM, "unknown") : figures));
  }

  private void diagnostics(Report r, List<String> lines) {
    if (r.diagnostics().isEmpty()) {
      return;
    }
    section(lines, "Diagnostics");
    for (Diagnostic d : r.diagnostics()) {
      String level = TerminalText.padRight(d.level().id(), 9);
      prose(
          lines,
          INDENT + t.paint(levelColour(d.level()), level),
          " ".repeat(INDENT.length() + 9),
          t.clean(d.message()));
    }
  }

  private void section(List<String> lines, String title) {
    lines.add(t.paint(Colour.BOLD, title));
  }

  /** {@code text} wrapped under {@code lead}, continuation lines indented as far as lead. */
  private void prose(List<String> lines, String lead, String text) {
    prose(lines, lead, " ".repeat(TerminalText.width(lead)), text);
  }

  private void prose(List<String> lines, String lead, String indent, String text) {
    // lead may hold ANSI codes, so its width comes from the indent that stands for it.
    List<String> wrapped = TerminalText.wrap(text, Math.max(20, WIDTH - indent.length()));
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add((i == 0 ? lead : indent) + wrapped.get(i));
    }
  }

  /** The parts that are known, joined; null when none is. */
  private String join(String... parts) {
    List<String> known = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        known.add(p);
      }
    }
    return known.isEmpty() ? null : String.join(" " + t.sign("·", "-") + " ", known);
  }

  private String statusWord(Status s) {
    return s == Status.NOT_APPLICABLE ? "n/a" : s.id();
  }

  private String statusSign(Status s) {
    return switch (s) {
      case PASS -> t.sign("✓", "+");
      case PARTIAL -> t.sign("◐", "~");
      case FAIL -> t.sign("✗", "x");
      case NOT_APPLICABLE -> t.sign("–", "-");
      case EXEMPT -> t.sign("○", "o");
      case ERROR -> "!";
    };
  }

  private static Colour statusColour(Status s) {
    return switch (s) {
      case PASS -> Colour.GREEN;
      case PARTIAL -> Colour.YELLOW;
      case FAIL -> Colour.RED;
      case NOT_APPLICABLE, EXEMPT -> Colour.DIM;
      case ERROR -> Colour.MAGENTA;
    };
  }

  private static Colour levelColour(int level) {
    return level >= 3 ? Colour.GREEN : level == 2 ? Colour.YELLOW : Colour.RED;
  }

  private static Colour levelColour(Diagnostic.Level level) {
    return switch (level) {
      case INFO -> Colour.DIM;
      case WARNING -> Colour.YELLOW;
      case ERROR -> Colour.RED;
    };
  }

  private static Colour stageColour(Stage stage) {
    return switch (stage) {
      case MATURE_DEVOPS -> Colour.GREEN;
      case IMMATURE_DEVOPS -> Colour.YELLOW;
      case TRADITIONAL -> Colour.RED;
    };
  }

  private static Colour bandColour(Delivery.Band band) {
    return switch (band) {
      case ELITE, HIGH -> Colour.GREEN;
      case MEDIUM -> Colour.YELLOW;
      case LOW -> Colour.RED;
    };
  }
}
