package dev.shipshape.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the repository uses, in the fixed vocabulary: words sorted, without duplicates. Adding a
 * word outside the vocabulary is a programming error and fails at once.
 */
public final class Inventory {

  private final Map<InventoryCategory, SortedSet<String>> words;

  private Inventory(Map<InventoryCategory, SortedSet<String>> words) {
    this.words = words;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Inventory empty() {
    return builder().build();
  }

  /** The sorted words of one category (never null). */
  public SortedSet<String> get(InventoryCategory category) {
    return words.get(category);
  }

  public boolean has(InventoryCategory category, String word) {
    return words.get(category).contains(word);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Inventory other && words.equals(other.words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return words.toString();
  }

  /** Collects words; {@link #add} rejects anything outside the vocabulary. */
  public static final class Builder {
    private final Map<InventoryCategory, SortedSet<String>> words =
        new EnumMap<>(InventoryCategory.class);

    private Builder() {
      for (InventoryCategory c : InventoryCategory.values()) {
        words.put(c, new TreeSet<>());
      }
    }

    public Builder add(InventoryCategory category, String word) {
      if (!category.allows(word)) {
        throw new IllegalArgumentException(
            "'" + word + "' is not in the " + category.id() + " vocabulary");
      }
      words.get(category).add(word);
      return this;
    }

    public Builder addAll(Inventory other) {
      other.words.forEach((c, ws) -> words.get(c).addAll(ws));
      return this;
    }

    public Inventory build() {
      Map<InventoryCategory, SortedSet<String>> copy = new EnumMap<>(InventoryCategory.class);
      words.forEach((c, ws) -> copy.put(c, Collections.unmodifiableSortedSet(new TreeSet<>(ws))));
      return new Inventory(Collections.unmodifiableMap(copy));
    }
  }
}
