package dev.shipshape.facts.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code scripts} of a package.json: each runs its {@code pre} and {@code post} scripts around
 * it, and needs the scripts of the same package it runs through a package manager ({@code npm run
 * lint}, {@code yarn build}, {@code run-s audit}).
 */
final class PackageScripts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PackageScripts() {}

  /** The scripts; none when the text is not JSON or has no scripts object. */
  static Recipes read(String packageJson) {
    JsonNode root;
    try {
      root = JSON.readTree(packageJson);
    } catch (JsonProcessingException e) {
      return Recipes.NONE;
    }
    if (root == null || !root.path("scripts").isObject()) {
      return Recipes.NONE;
    }
    Map<String, String> commands = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> script : root.path("scripts").properties()) {
      if (script.getValue().isTextual()) {
        commands.put(script.getKey(), script.getValue().asText());
      }
    }
    Recipes.Builder recipes = new Recipes.Builder();
    commands.forEach(
        (name, command) ->
            Stream.of(commands.get("pre" + name), command, commands.get("post" + name))
                .filter(line -> line != null)
                .forEach(
                    line -> {
                      recipes.line(name, line);
                      TargetRun.in(line).stream()
                          .filter(run -> run.runsHere(TargetRun.Kind.PACKAGE_SCRIPTS))
                          .forEach(run -> run.targets().forEach(t -> recipes.need(name, t)));
                    }));
    return recipes.build();
  }
}
