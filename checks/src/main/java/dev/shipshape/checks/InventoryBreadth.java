package dev.shipshape.checks;

import dev.shipshape.facts.Facts;
import dev.shipshape.model.Evidence;
import dev.shipshape.model.InventoryCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of a check's inventory words the repository has, with their evidence: the raw data of the
 * checks that score breadth (how many kinds of a practice are in place).
 */
public record InventoryBreadth(List<String> present, List<String> absent, List<Evidence> evidence) {

  /** A kind a check counts: an inventory word and how people call it. */
  public record Kind(InventoryCategory category, String word, String label) {}

  /** At most this many places per kind are cited. */
  private static final int PER_KIND = 3;

  public static InventoryBreadth of(Facts facts, List<Kind> kinds) {
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Kind kind : kinds) {
      List<Evidence> seen = facts.inventory().evidence(kind.category(), kind.word());
      if (seen.isEmpty()) {
        if (!absent.contains(kind.label()) && !present.contains(kind.label())) {
          absent.add(kind.label());
        }
        continue;
      }
      absent.remove(kind.label());
      if (!present.contains(kind.label())) {
        present.add(kind.label());
      }
      seen.stream()
          .limit(PER_KIND)
          .forEach(
              e ->
                  evidence.add(
                      new Evidence(
                          e.path(), e.line(), e.commit(), kind.label() + ": " + e.detail())));
    }
    return new InventoryBreadth(List.copyOf(present), List.copyOf(absent), List.copyOf(evidence));
  }

  public int count() {
    return present.size();
  }

  /** The score for {@link #count()} kinds from a table: {@code scores[n]}, the last for more. */
  public int score(int... scores) {
    return scores[Math.min(count(), scores.length - 1)];
  }

  /**
   * The outcome once something is found: the score from the table, the kinds found after {@code
   * lead} with their evidence, and the first kind still missing as the next step.
   */
  public Outcome.Scored outcome(String lead, int... scores) {
    Outcome.Scored outcome =
        Outcome.score(score(scores), lead + String.join(", ", present) + ".", evidence);
    return absent.isEmpty() ? outcome : outcome.withRemediation("Add " + absent.get(0) + " next.");
  }
}
