package dev.shipshape.facts.tree;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Deployment environment names and their usual spellings, as data. */
public final class Environments {
  private Environments() {}

  /** Spelling → canonical name. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("dev", "development"),
          Map.entry("develop", "development"),
          Map.entry("development", "development"),
          Map.entry("int", "integration"),
          Map.entry("integration", "integration"),
          Map.entry("test", "test"),
          Map.entry("testing", "test"),
          Map.entry("qa", "qa"),
          Map.entry("uat", "uat"),
          Map.entry("acc", "acceptance"),
          Map.entry("acceptance", "acceptance"),
          Map.entry("stage", "staging"),
          Map.entry("stg", "staging"),
          Map.entry("staging", "staging"),
          Map.entry("preprod", "preprod"),
          Map.entry("pre-prod", "preprod"),
          Map.entry("preproduction", "preprod"),
          Map.entry("sandbox", "sandbox"),
          Map.entry("demo", "demo"),
          Map.entry("canary", "canary"),
          Map.entry("prod", "production"),
          Map.entry("prd", "production"),
          Map.entry("production", "production"),
          Map.entry("live", "production"));

  /** Canonical names in the order a build usually passes through them on its way to production. */
  private static final List<String> ORDER =
      List.of(
          "development",
          "sandbox",
          "integration",
          "test",
          "qa",
          "demo",
          "uat",
          "acceptance",
          "staging",
          "preprod",
          "canary",
          "production");

  /** Where a canonical environment comes on the way to production (unknown names: before it). */
  public static int rank(String canonical) {
    int i = ORDER.indexOf(canonical);
    return i < 0 ? ORDER.size() - 2 : i;
  }

  private static final Pattern TOKEN =
      Pattern.compile("(?<![a-z0-9])(pre-prod|[a-z]+)(?![a-z])", Pattern.CASE_INSENSITIVE);

  /** The canonical environment a whole name stands for ({@code prod}, {@code Production}). */
  public static Optional<String> canonical(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(NAMES.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /** Environments named inside a longer name: {@code deploy-staging}, {@code values-prod.yaml}. */
  public static Set<String> mentionedIn(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('_', '-'));
    while (m.find()) {
      String canonical = NAMES.get(m.group(1));
      // "test" and "int" are too common in job and file names to mean an environment there
      if (canonical != null && !m.group(1).equals("test") && !m.group(1).equals("int")) {
        found.add(canonical);
      }
    }
    return found;
  }
}
