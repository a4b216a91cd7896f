package dev.shipshape.facts.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One simple command of a step's shell text, as words, with the folder it runs in relative to the
 * repository's root ({@code null} once a {@code cd} leaves what can be followed). Read roughly, as
 * a reader of the step would, not as a shell would: quotes are dropped, nothing is expanded.
 */
record ShellCommand(String folder, List<String> words) {
  private static final Pattern SEPARATOR = Pattern.compile("\\r?\\n|&&|\\|\\||[;|&()`]");
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s'\"]+");

  /** The simple commands of {@code text}, run from {@code start} ({@code ""}: the root). */
  static List<ShellCommand> split(String text, String start) {
    List<ShellCommand> commands = new ArrayList<>();
    String folder = start;
    for (String part : SEPARATOR.split(text.replaceAll("\\\\\\r?\\n", " "))) {
      List<String> words =
          Arrays.stream(WORD_BREAK.split(part.strip())).filter(w -> !w.isEmpty()).toList();
      if (words.isEmpty()) {
        continue;
      }
      if (words.get(0).equals("cd")) {
        folder = words.size() > 1 ? within(folder, words.get(1)).orElse(null) : null;
        continue;
      }
      commands.add(new ShellCommand(folder, words));
    }
    return commands;
  }

  /**
   * {@code path} taken from {@code folder}, when both stay inside the repository and name no
   * variable or home folder.
   */
  static Optional<String> within(String folder, String path) {
    if (folder == null || path.startsWith("/") || path.startsWith("~") || path.contains("$")) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : (folder + "/" + path).split("/+")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.remove(parts.size() - 1);
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return Optional.of(String.join("/", parts));
  }
}
