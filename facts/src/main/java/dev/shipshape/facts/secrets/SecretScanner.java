package dev.shipshape.facts.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Finds credentials in one file's text by {@link SecretPatterns}: one pass of a literal pre-filter
 * over the text, then the regular expressions on the lines it flags only. A finding carries the
 * kind and the line: the secret itself never leaves this class.
 */
public final class SecretScanner {
  /** A credential found: its kind and 1-based line. */
  public record Finding(String kind, int line) {}

  private static final List<String> LITERALS = new ArrayList<>();

  /** For each pattern of {@link SecretPatterns#ALL}, the bits of its literals. */
  private static final long[] PATTERN_LITERALS = new long[SecretPatterns.ALL.size()];

  private static final long CREDENTIAL_NAME_LITERALS;
  private static final LiteralIndex INDEX;

  static {
    for (int p = 0; p < SecretPatterns.ALL.size(); p++) {
      for (String literal : SecretPatterns.ALL.get(p).literals()) {
        PATTERN_LITERALS[p] |= 1L << literalId(literal);
      }
    }
    long names = 0;
    for (String name : SecretPatterns.CREDENTIAL_NAMES) {
      names |= 1L << literalId(name);
    }
    CREDENTIAL_NAME_LITERALS = names;
    INDEX = LiteralIndex.of(LITERALS);
  }

  private SecretScanner() {}

  private static int literalId(String literal) {
    String lower = literal.toLowerCase(Locale.ROOT);
    int id = LITERALS.indexOf(lower);
    if (id < 0) {
      LITERALS.add(lower);
      id = LITERALS.size() - 1;
    }
    return id;
  }

  public static List<Finding> scan(String text) {
    List<Finding> findings = new ArrayList<>();
    for (LiteralIndex.Line line : INDEX.lines(text)) {
      String kind = kindOn(text, line);
      if (kind != null) {
        findings.add(new Finding(kind, line.number()));
      }
    }
    return findings;
  }

  /** The first kind of secret on the line, or null. */
  private static String kindOn(String text, LiteralIndex.Line line) {
    for (int p = 0; p < PATTERN_LITERALS.length; p++) {
      if ((line.literals() & PATTERN_LITERALS[p]) == 0) {
        continue;
      }
      SecretPatterns.SecretPattern pattern = SecretPatterns.ALL.get(p);
      Matcher m = pattern.pattern().matcher(text).region(line.start(), line.end());
      while (m.find()) {
        if (!placeholder(m.group())) {
          return pattern.kind();
        }
      }
    }
    if ((line.literals() & CREDENTIAL_NAME_LITERALS) != 0) {
      Matcher m = SecretPatterns.ASSIGNMENT.matcher(text).region(line.start(), line.end());
      while (m.find()) {
        String value = m.group(3) != null ? m.group(3) : m.group(4);
        if (value != null && looksRandom(value)) {
          return "high-entropy credential";
        }
      }
    }
    return null;
  }

  static boolean looksRandom(String value) {
    if (placeholder(value)) {
      return false;
    }
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      letter |= Character.isLetter(c);
      digit |= Character.isDigit(c);
    }
    // identifiers and references (getPassword, secrets.TOKEN) have no digits
    return letter && digit && entropy(value) >= SecretPatterns.ENTROPY_THRESHOLD;
  }

  static boolean placeholder(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return SecretPatterns.PLACEHOLDERS.stream().anyMatch(lower::contains);
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String s) {
    java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < s.length(); i++) {
      counts.merge(s.charAt(i), 1, Integer::sum);
    }
    double h = 0;
    for (int n : counts.values()) {
      double p = (double) n / s.length();
      h -= p * (Math.log(p) / Math.log(2));
    }
    return h;
  }
}
