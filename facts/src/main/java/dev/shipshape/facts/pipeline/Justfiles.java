package dev.shipshape.facts.pipeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A justfile's recipes: the indented lines of each and the recipes it depends on ({@code test:
 * build (lint "all") && report}); an alias runs its recipe. Interpolations stay as written.
 */
final class Justfiles {
  private static final Pattern HEADER = Pattern.compile("@?([A-Za-z_][\\w-]*+)[^:]*+:(?!=)(.*)");
  private static final Pattern ALIAS = Pattern.compile("alias\\s+([\\w-]+)\\s*:=\\s*([\\w-]+).*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w-]*");

  private Justfiles() {}

  static Recipes read(String justfile) {
    Recipes.Builder recipes = new Recipes.Builder();
    String recipe = null;
    for (String line : justfile.split("\\r?\\n")) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        String command = text.replaceFirst("^[@-]+", "");
        if (recipe != null && !command.startsWith("#")) {
          recipes.line(recipe, command);
        }
        continue;
      }
      recipe = null;
      Matcher alias = ALIAS.matcher(text);
      Matcher header = HEADER.matcher(text);
      if (alias.matches()) {
        recipes.need(alias.group(1), alias.group(2));
      } else if (header.matches()) {
        recipe = header.group(1);
        recipes.recipe(recipe).first(recipe);
        for (String word : header.group(2).split("[\\s()]+")) {
          if (NAME.matcher(word).matches()) {
            recipes.need(recipe, word);
          }
        }
      }
    }
    return recipes.build();
  }
}
