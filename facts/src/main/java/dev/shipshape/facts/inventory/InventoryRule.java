package dev.shipshape.facts.inventory;

import dev.shipshape.model.InventoryCategory;
import java.util.regex.Pattern;

/**
 * One way of recognising one inventory word. {@code path} matches the whole path of an own file;
 * {@code content}, when set, must also be found in it; {@code command} matches a pipeline step (a
 * shell command, an action or task, an image) instead of a file.
 */
public record InventoryRule(
    InventoryCategory category, String word, Pattern path, Pattern content, Pattern command) {

  public InventoryRule {
    if (!category.allows(word)) {
      throw new IllegalArgumentException(word + " is not in the " + category.id() + " vocabulary");
    }
  }

  /** A file at this path (regular expression over the whole path). */
  public static InventoryRule path(InventoryCategory c, String word, String pathRegex) {
    return new InventoryRule(c, word, Pattern.compile(pathRegex), null, null);
  }

  /** A file at this path whose text contains this (multi-line regular expression). */
  public static InventoryRule content(
      InventoryCategory c, String word, String pathRegex, String contentRegex) {
    return new InventoryRule(
        c,
        word,
        Pattern.compile(pathRegex),
        Pattern.compile(contentRegex, Pattern.MULTILINE),
        null);
  }

  /** A pipeline step whose text contains this. */
  public static InventoryRule command(InventoryCategory c, String word, String commandRegex) {
    return new InventoryRule(c, word, null, null, Pattern.compile(commandRegex));
  }

  public boolean forFiles() {
    return path != null;
  }
}
