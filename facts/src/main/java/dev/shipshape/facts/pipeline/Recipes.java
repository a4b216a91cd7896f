package dev.shipshape.facts.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named recipes of a build file — Makefile targets, justfile recipes, package.json scripts —
 * each with the command lines it runs and the recipes it needs run first. Read as text, never run.
 */
final class Recipes {
  /** At most this many recipes are followed for one run of the build tool. */
  static final int MAX_FOLLOWED = 16;

  static final Recipes NONE = new Builder().build();

  private record Recipe(List<String> lines, List<String> needs) {}

  private final Map<String, Recipe> byName;
  private final String first;

  private Recipes(Map<String, Recipe> byName, String first) {
    this.byName = byName;
    this.first = first;
  }

  /**
   * The lines of the named recipes (of the default one when none is named), then of the recipes
   * they need: one level further, no deeper.
   */
  List<String> linesOf(List<String> names) {
    List<String> goals = !names.isEmpty() || first == null ? names : List.of(first);
    Set<String> followed = new HashSet<>();
    List<String> lines = new ArrayList<>();
    List<Recipe> named = follow(goals, followed, lines);
    follow(named.stream().flatMap(r -> r.needs().stream()).toList(), followed, lines);
    return lines;
  }

  private List<Recipe> follow(List<String> names, Set<String> followed, List<String> lines) {
    List<Recipe> recipes = new ArrayList<>();
    for (String name : names) {
      Recipe recipe = byName.get(name);
      if (recipe != null && followed.size() < MAX_FOLLOWED && followed.add(name)) {
        recipes.add(recipe);
        lines.addAll(recipe.lines());
      }
    }
    return recipes;
  }

  /** Recipes gathered as a build file is read; a recipe defined twice gathers both. */
  static final class Builder {
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private String first;

    Builder recipe(String recipe) {
      lines.computeIfAbsent(recipe, r -> new ArrayList<>());
      needs.computeIfAbsent(recipe, r -> new ArrayList<>());
      return this;
    }

    Builder line(String recipe, String line) {
      recipe(recipe).lines.get(recipe).add(line);
      return this;
    }

    Builder need(String recipe, String need) {
      recipe(recipe).needs.get(recipe).add(need);
      return this;
    }

    /** The recipe that runs when none is named: the first one offered. */
    Builder first(String recipe) {
      if (first == null) {
        first = recipe;
      }
      return this;
    }

    Recipes build() {
      Map<String, Recipe> byName = new LinkedHashMap<>();
      lines.forEach(
          (name, l) -> byName.put(name, new Recipe(List.copyOf(l), List.copyOf(needs.get(name)))));
      return new Recipes(byName, first);
    }
  }
}
