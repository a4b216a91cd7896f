package dev.shipshape.render;

import dev.shipshape.model.Delivery;
import dev.shipshape.model.RepositoryDescriptor;
import dev.shipshape.model.Window;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's numbers as words, shared by the Markdown and HTML reports: the same figures read the
 * same way in both. Strings from the repository pass through unescaped; each format escapes them.
 */
final class ReportFigures {

  /** One DORA key: its label, band (null when unknown or unbanded), figures or the reason. */
  record Key(String label, Delivery.Band band, String figures, String reason) {
    boolean known() {
      return figures != null;
    }
  }

  /** One flow figure; {@code figures} null when unknown. */
  record Flow(String label, String figures) {}

  private ReportFigures() {}

  static List<Key> keys(Delivery d) {
    Delivery.DeploymentFrequency df = d.deploymentFrequency();
    Delivery.LeadTime lt = d.leadTime();
    Delivery.ChangeFailureRate cfr = d.changeFailureRate();
    Delivery.RecoveryTime rt = d.recoveryTime();
    Delivery.ReworkRate rw = d.reworkRate();
    return List.of(
        new Key(
            "Deployment frequency",
            df.band(),
            join(
                df.perWeek() == null ? null : decimal(df.perWeek(), 2) + " per week",
                count(df.deployments(), "deployment", "deployments"),
                df.medianWeekDeploymentDays() == null
                    ? null
                    : count(df.medianWeekDeploymentDays(), "day", "days") + " in the median week"),
            df.reason()),
        new Key(
            "Lead time for changes",
            lt.band(),
            join(
                lt.medianHours() == null ? null : "median " + hours(lt.medianHours()),
                lt.p90Hours() == null ? null : "p90 " + hours(lt.p90Hours()),
                count(lt.commits(), "commit", "commits"),
                lt.droppedNegative() == null || lt.droppedNegative() == 0
                    ? null
                    : lt.droppedNegative() + " negative dropped"),
            lt.reason()),
        new Key(
            "Change failure rate",
            cfr.band(),
            join(
                percent(cfr.ratio()),
                cfr.failed() == null || cfr.deployments() == null
                    ? null
                    : cfr.failed()
                        + " of "
                        + count(cfr.deployments(), "deployment", "deployments")
                        + " failed"),
            cfr.reason()),
        new Key(
            "Recovery time",
            rt.band(),
            join(
                rt.medianHours() == null ? null : "median " + hours(rt.medianHours()),
                count(rt.failures(), "failure", "failures")),
            rt.reason()),
        new Key("Rework rate", null, join(percent(rw.ratio())), rw.reason()));
  }

  static List<Flow> flow(Delivery.Flow f) {
    return List.of(
        new Flow("Backlog linked", join(percent(f.backlogLinkedRatio()))),
        new Flow("Tests with changes", join(percent(f.testsWithChangesRatio()))),
        new Flow(
            "Batch size",
            join(
                f.batchSizeMedianLines() == null
                    ? null
                    : "median " + count(f.batchSizeMedianLines(), "line", "lines"),
                f.batchSizeP90Lines() == null
                    ? null
                    : "p90 " + count(f.batchSizeP90Lines(), "line", "lines"))),
        new Flow(
            "Branch lifetime",
            join(
                f.branchLifetimeMedianHours() == null
                    ? null
                    : "median " + hours(f.branchLifetimeMedianHours()),
                count(f.branchesMeasured(), "branch", "branches"))),
        new Flow(
            "Integration",
            join(
                f.integrationsPerWeek() == null
                    ? null
                    : decimal(f.integrationsPerWeek(), 1) + " per week",
                f.weeksWithIntegrationRatio() == null
                    ? null
                    : percent(f.weeksWithIntegrationRatio()) + " of weeks")),
        new Flow(
            "Contributors",
            join(
                f.activeContributors() == null ? null : f.activeContributors() + " active",
                f.busFactor() == null ? null : "bus factor " + f.busFactor())));
  }

  /** "3f786850e387 on main", "3f786850e387 (no branch)" or "none (not a git repository)". */
  static String revision(RepositoryDescriptor repo) {
    if (repo.revision() == null) {
      return "none (not a git repository)";
    }
    String id = repo.revision().substring(0, Math.min(12, repo.revision().length()));
    return repo.branch() == null ? id + " (no branch)" : id + " on " + repo.branch();
  }

  /** "2025-06-01 → 2026-06-01", with "first commit" / "last commit" for open ends. */
  static String window(Window w) {
    return (w.since() == null ? "first commit" : day(w.since()))
        + " → "
        + (w.until() == null ? "last commit" : day(w.until()));
  }

  /** The date alone when the time is midnight UTC, else the full ISO instant. */
  static String day(Instant instant) {
    Instant s = instant.truncatedTo(ChronoUnit.SECONDS);
    return LocalTime.ofInstant(s, ZoneOffset.UTC).equals(LocalTime.MIDNIGHT)
        ? s.atOffset(ZoneOffset.UTC).toLocalDate().toString()
        : s.toString();
  }

  static String score(Integer score, int outOf) {
    return score == null ? "n/a" : score + "/" + outOf;
  }

  static String count(Integer n, String one, String many) {
    return n == null ? null : n + " " + (n == 1 ? one : many);
  }

  static String hours(double h) {
    return decimal(h, 1) + " h";
  }

  static String percent(Double ratio) {
    return ratio == null ? null : decimal(ratio * 100, 1) + "%";
  }

  static String decimal(double value, int places) {
    DecimalFormat f =
        new DecimalFormat("0." + "#".repeat(places), DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }

  /** The parts that are known, joined with " · "; null when none is. */
  static String join(String... parts) {
    List<String> known = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        known.add(p);
      }
    }
    return known.isEmpty() ? null : String.join(" · ", known);
  }
}
