package dev.shipshape.server.web;

import dev.shipshape.model.Practice;
import dev.shipshape.model.Stage;
import dev.shipshape.server.store.ReportDigest;
import dev.shipshape.server.store.ReportStore.PortfolioRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's filter, typed as a person would say it, terms separated by commas: {@code uses
 * terraform}, {@code no sast}, {@code stage traditional}, {@code ci-cd >= 3} (a practice level), or
 * any other word to match in the name or team. Every term must hold.
 */
final class DashboardFilter {
  private static final Pattern USES = Pattern.compile("(?:uses|with|has)\\s+(.+)");
  private static final Pattern LACKS = Pattern.compile("(?:no|without|lacks|missing)\\s+(.+)");
  private static final Pattern STAGE = Pattern.compile("stage\\s*[:=]?\\s*(.+)");
  private static final Pattern LEVEL = Pattern.compile("([a-z-]+)\\s*(>=|<=|=|<|>)\\s*([0-4])");

  private final List<Predicate<PortfolioRow>> terms;
  private final List<String> problems;

  private DashboardFilter(List<Predicate<PortfolioRow>> terms, List<String> problems) {
    this.terms = terms;
    this.problems = problems;
  }

  static DashboardFilter parse(String query) {
    List<Predicate<PortfolioRow>> terms = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (query != null) {
      for (String raw : query.split("[,;]")) {
        String term = raw.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (term.isEmpty()) {
          continue;
        }
        Predicate<PortfolioRow> p = term(term, problems);
        if (p != null) {
          terms.add(p);
        }
      }
    }
    return new DashboardFilter(terms, problems);
  }

  boolean matches(PortfolioRow row) {
    return terms.stream().allMatch(t -> t.test(row));
  }

  /** Terms that named no known stage or practice, to show beside the filter. */
  List<String> problems() {
    return problems;
  }

  private static Predicate<PortfolioRow> term(String term, List<String> problems) {
    Matcher m;
    if ((m = LEVEL.matcher(term)).matches()) {
      String practice = m.group(1);
      try {
        Practice.fromId(practice);
      } catch (IllegalArgumentException e) {
        problems.add("no practice '" + practice + "'");
        return null;
      }
      String op = m.group(2);
      int level = Integer.parseInt(m.group(3));
      return row -> {
        ReportDigest d = row.latest();
        Integer actual = d == null ? null : d.practiceLevels().get(practice);
        if (actual == null) {
          return false;
        }
        return switch (op) {
          case ">=" -> actual >= level;
          case "<=" -> actual <= level;
          case ">" -> actual > level;
          case "<" -> actual < level;
          default -> actual == level;
        };
      };
    }
    if ((m = STAGE.matcher(term)).matches() || stage(term) != null) {
      String name = m.matches() ? m.group(1) : term;
      Stage stage = stage(name);
      if (stage == null) {
        problems.add("no stage '" + name + "'");
        return null;
      }
      return row -> row.latest() != null && row.latest().stage().equals(stage.id());
    }
    if ((m = USES.matcher(term)).matches()) {
      String word = word(m.group(1));
      return row -> row.latest() != null && row.latest().inventory().contains(word);
    }
    if ((m = LACKS.matcher(term)).matches()) {
      String word = word(m.group(1));
      return row -> row.latest() != null && !row.latest().inventory().contains(word);
    }
    return row ->
        row.repository().name().toLowerCase(Locale.ROOT).contains(term)
            || (row.repository().team() != null
                && row.repository().team().toLowerCase(Locale.ROOT).contains(term));
  }

  private static String word(String text) {
    return text.trim().replace(' ', '-');
  }

  private static Stage stage(String text) {
    String id = text.trim().replace(' ', '-');
    for (Stage s : Stage.values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }
}
