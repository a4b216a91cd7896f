package dev.shipshape.facts.inventory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a path pattern of the form {@code (.*&#47;)?NAME}, where NAME can never match a '/', into
 * the pattern NAME over the file name alone: the two accept the same files, and the second is
 * several times cheaper (no backtracking over the folders of every path). Anything this cannot
 * prove safe keeps its whole-path form.
 */
final class NameOnly {
  static final String ANY_FOLDER = "(.*/)?";

  private NameOnly() {}

  /** The file-name form of the pattern, when it has one. */
  static Optional<Pattern> of(Pattern path) {
    String regex = path.pattern();
    if (path.flags() != 0 || !regex.startsWith(ANY_FOLDER)) {
      return Optional.empty();
    }
    String name = regex.substring(ANY_FOLDER.length());
    return neverMatchesSlash(name) ? Optional.of(Pattern.compile(name)) : Optional.empty();
  }

  /**
   * Whether no part of the regular expression can consume a '/' or look behind its start: no '.',
   * no literal or escaped '/', no {@code \S \W \D \p}, no '^', no lookbehind, and character classes
   * that either exclude '/' ({@code [^/...]}) or cannot contain it; and no alternation outside a
   * group.
   */
  static boolean neverMatchesSlash(String regex) {
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 >= regex.length() || !safeEscape(regex.charAt(i + 1))) {
            return false;
          }
          i++;
        }
        case '.', '/', '^' -> {
          return false;
        }
        case ')' -> depth--;
        case '|' -> {
          if (depth == 0) {
            return false; // (.*/)?a|b is ((.*/)?a)|b: b alone must match the whole path
          }
        }
        case '(' -> {
          depth++;
          if (regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)) {
            return false;
          }
          if (regex.startsWith("(?", i)
              && !regex.startsWith("(?:", i)
              && !regex.startsWith("(?=", i)
              && !regex.startsWith("(?!", i)) {
            return false; // flags, named groups and the like: not worth proving
          }
        }
        case '[' -> {
          int end = classEnd(regex, i);
          if (end < 0 || !safeClass(regex.substring(i + 1, end))) {
            return false;
          }
          i = end;
        }
        default -> {
          // literals, groups, alternation, quantifiers, '$'
        }
      }
    }
    return true;
  }

  /** Escapes of punctuation are literals; of letters, only whitespace, word and digit classes. */
  private static boolean safeEscape(char e) {
    if (e == '/') {
      return false;
    }
    if (Character.isLetterOrDigit(e)) {
      return e == 's' || e == 'w' || e == 'd' || e == 'b';
    }
    return true;
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1 when nested or odd. */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++; // a leading ']' is a literal
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** A negated class must name '/'; a positive one must not contain it, alone or in a range. */
  private static boolean safeClass(String body) {
    if (body.startsWith("^")) {
      return body.indexOf('/') > 0 && !body.contains("&&");
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        if (i + 1 >= body.length()
            || !safeEscape(body.charAt(i + 1))
            || body.charAt(i + 1) == 'b') {
          return false;
        }
        i++;
        continue;
      }
      if (c == '/' || c == '&') {
        return false;
      }
      if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
        char to = body.charAt(i + 2);
        if (to == '\\' || (c <= '/' && '/' <= to)) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }
}
