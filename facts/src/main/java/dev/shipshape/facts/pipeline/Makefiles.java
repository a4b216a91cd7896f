package dev.shipshape.facts.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Makefile's explicit targets, their prerequisites and their recipe lines, read as text. What
 * make would work out is left alone: pattern and suffix rules, functions, variables this file does
 * not set simply (these stay as written); a recipe that runs {@code $(MAKE) target} on this file
 * needs that target, as a prerequisite would.
 */
final class Makefiles {
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?:(?:export|override|private)\\s+)*([\\w.-]++)\\s*(:::=|::=|:=|\\?=|\\+=|!=|=)\\s*(.*)");
  private static final Pattern CONDITIONAL =
      Pattern.compile("(ifeq|ifneq|ifdef|ifndef|else|endif)\\b.*");
  private static final Pattern DEFINE =
      Pattern.compile("(?:(?:export|override|private)\\s+)*define\\b.*");
  private static final Pattern ENDEF = Pattern.compile("\\s*endef\\b.*");
  private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$[({]([\\w.-]+)[)}]");

  /**
   * Variables refer to variables: resolved this many times over, adding at most this many
   * characters over the whole Makefile (a few lines of variables could otherwise fill the memory).
   */
  private static final int MAX_EXPANSIONS = 5;

  private static final int MAX_ADDED_CHARS = 64 * 1024;

  /** A rule as written: its targets and prerequisites before variables are resolved. */
  private record Rule(String targets, String prerequisites, List<String> recipe) {}

  private Makefiles() {}

  static Recipes read(String makefile) {
    Variables variables = new Variables();
    List<Rule> rules = new ArrayList<>();
    Rule rule = null;
    boolean inDefine = false;
    for (String line : lines(makefile)) {
      if (inDefine) {
        inDefine = !ENDEF.matcher(line).matches();
      } else if (line.startsWith("\t")) {
        String command = line.strip();
        if (rule != null && !command.isEmpty() && !command.startsWith("#")) {
          rule.recipe().add(command);
        }
      } else {
        String text = withoutComment(line).strip();
        if (text.isEmpty() || CONDITIONAL.matcher(text).matches()) {
          continue; // a comment, blank line or conditional leaves the recipe going on
        }
        rule = null;
        Matcher assignment = ASSIGNMENT.matcher(text);
        if (DEFINE.matcher(text).matches()) {
          inDefine = true;
        } else if (assignment.matches()) {
          variables.assign(assignment.group(1), assignment.group(2), assignment.group(3));
        } else {
          rule = rule(text);
          if (rule != null) {
            rules.add(rule);
          }
        }
      }
    }
    return recipes(rules, variables);
  }

  /** The rule a line starts, or null: an assignment to a target's variables is none. */
  private static Rule rule(String text) {
    int colon = colon(text);
    if (colon <= 0) {
      return null;
    }
    String prerequisites = text.substring(colon + 1);
    prerequisites = prerequisites.startsWith(":") ? prerequisites.substring(1) : prerequisites;
    List<String> recipe = new ArrayList<>();
    int semicolon = prerequisites.indexOf(';');
    if (semicolon >= 0) {
      String inline = prerequisites.substring(semicolon + 1).strip();
      if (!inline.isEmpty()) {
        recipe.add(inline);
      }
      prerequisites = prerequisites.substring(0, semicolon);
    }
    if (prerequisites.contains("=") || prerequisites.contains(":")) {
      return null; // a target's variable, or a static pattern rule
    }
    return new Rule(text.substring(0, colon), prerequisites.replace('|', ' '), recipe);
  }

  private static Recipes recipes(List<Rule> rules, Variables variables) {
    Recipes.Builder recipes = new Recipes.Builder();
    variables.defaultGoal().ifPresent(recipes::first);
    for (Rule rule : rules) {
      List<String> needs = new ArrayList<>(words(variables.resolve(rule.prerequisites())));
      List<String> lines = rule.recipe().stream().map(variables::resolve).toList();
      for (String line : lines) {
        TargetRun.in(line).stream()
            .filter(run -> run.runsHere(TargetRun.Kind.MAKE))
            .forEach(run -> needs.addAll(run.targets()));
      }
      for (String target : words(variables.resolve(rule.targets()))) {
        // special targets (.PHONY) and suffix rules (.c.o) start with a dot
        if (target.startsWith(".") && !target.contains("/")) {
          continue;
        }
        recipes.recipe(target).first(target);
        lines.forEach(l -> recipes.line(target, l));
        needs.forEach(n -> recipes.need(target, n));
      }
    }
    return recipes.build();
  }

  /** Explicit names only: a pattern ({@code %.o}) names no target. */
  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+"))
        .filter(w -> !w.isEmpty() && !w.contains("%"))
        .toList();
  }

  /** The variables the Makefile sets, and what resolving them may still add. */
  private static final class Variables {
    private final Map<String, String> values = new HashMap<>(Map.of("MAKE", "make"));
    private int budget = MAX_ADDED_CHARS;

    void assign(String name, String op, String value) {
      switch (op) {
        case "?=" -> values.putIfAbsent(name, value);
        case "+=" -> values.merge(name, value, (old, more) -> old + " " + more);
        case "!=" -> values.remove(name); // the output of a shell command: not known
        default -> values.put(name, value);
      }
    }

    Optional<String> defaultGoal() {
      return Optional.ofNullable(values.get(".DEFAULT_GOAL")).map(g -> resolve(g).strip());
    }

    /** {@code text} with the variables set here replaced, others kept as written. */
    String resolve(String text) {
      String resolved = text;
      for (int i = 0; i < MAX_EXPANSIONS; i++) {
        Matcher m = REFERENCE.matcher(resolved);
        StringBuilder next = new StringBuilder();
        while (m.find()) {
          String value = values.get(m.group(1));
          int added = value == null ? 0 : Math.max(0, value.length() - m.group().length());
          if (value == null || added > budget) {
            value = m.group();
          } else {
            budget -= added;
          }
          m.appendReplacement(next, Matcher.quoteReplacement(value));
        }
        m.appendTail(next);
        if (next.toString().equals(resolved)) {
          break;
        }
        resolved = next.toString();
      }
      return resolved;
    }
  }

  /** The index of the colon that ends a rule's targets (not one inside a variable), or -1. */
  private static int colon(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '{') {
        depth++;
      } else if (c == ')' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == ':' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    while (hash > 0 && line.charAt(hash - 1) == '\\') {
      hash = line.indexOf('#', hash + 1);
    }
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** The logical lines: a line ending in a backslash goes on in the next one. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean continued = false;
    for (String physical : text.split("\\r?\\n", -1)) {
      line.append(continued ? " " + physical.strip() : physical);
      continued = endsInBackslash(line);
      if (continued) {
        line.setLength(line.length() - 1);
        while (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
          line.setLength(line.length() - 1);
        }
      } else {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static boolean endsInBackslash(CharSequence line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
