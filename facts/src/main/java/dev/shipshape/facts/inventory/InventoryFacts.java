package dev.shipshape.facts.inventory;

import dev.shipshape.model.Evidence;
import dev.shipshape.model.Inventory;
import dev.shipshape.model.InventoryCategory;
import java.util.List;
import java.util.Map;

/** The inventory and, for each word, where it was seen. */
public record InventoryFacts(Inventory inventory, Map<String, List<Evidence>> evidence) {

  public boolean has(InventoryCategory category, String word) {
    return inventory.has(category, word);
  }

  /** Where the word was seen (empty when it was not). */
  public List<Evidence> evidence(InventoryCategory category, String word) {
    return evidence.getOrDefault(key(category, word), List.of());
  }

  static String key(InventoryCategory category, String word) {
    return category.id() + "/" + word;
  }
}
