package dev.shipshape.facts.delivery;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .mailmap}, as git reads it: {@code Proper Name <proper@email>}, {@code <proper@email>
 * <commit@email>}, {@code Proper Name <proper@email> <commit@email>} and {@code Proper Name
 * <proper@email> Commit Name <commit@email>}. Emails compare case-insensitively.
 */
public final class Mailmap {
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*([^<#]*?)\\s*<([^>]*)>\\s*(?:([^<#]*?)\\s*<([^>]*)>)?\\s*(?:#.*)?$");

  /** Keyed by commit email, or commit email + "\0" + commit name. */
  private final Map<String, String[]> byKey = new HashMap<>();

  public static Mailmap parse(String text) {
    Mailmap m = new Mailmap();
    if (text == null) {
      return m;
    }
    for (String line : text.split("\r?\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher e = ENTRY.matcher(line);
      if (!e.matches()) {
        continue;
      }
      String properName = blankToNull(e.group(1));
      String properEmail = blankToNull(e.group(2));
      if (e.group(4) == null) {
        // Proper Name <commit@email>: only the name changes
        m.byKey.put(lower(properEmail), new String[] {properName, null});
      } else {
        String commitName = blankToNull(e.group(3));
        String key = lower(e.group(4)) + (commitName == null ? "" : "\0" + commitName);
        m.byKey.put(key, new String[] {properName, properEmail});
      }
    }
    return m;
  }

  /** The canonical identity of an author: the mapped email, lower case. */
  public String identity(String name, String email) {
    String[] mapped = byKey.get(lower(email) + "\0" + name);
    if (mapped == null) {
      mapped = byKey.get(lower(email));
    }
    String result = mapped != null && mapped[1] != null ? mapped[1] : email;
    return lower(result);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
