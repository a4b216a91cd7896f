package dev.shipshape.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The checks a scan runs: the built-in ones and any found through {@link ServiceLoader}. */
public final class CheckRegistry {
  private final List<CheckDefinition> checks;

  private CheckRegistry(List<CheckDefinition> checks) {
    this.checks = List.copyOf(checks);
  }

  /** The built-in checks plus third-party checks on the class path. */
  public static CheckRegistry load() {
    List<CheckDefinition> all = new ArrayList<>();
    BuiltInChecks.all().forEach(c -> all.add(CheckDefinition.of(c)));
    ServiceLoader.load(Check.class).forEach(c -> all.add(CheckDefinition.of(c)));
    return of(all);
  }

  public static CheckRegistry of(List<CheckDefinition> checks) {
    List<CheckDefinition> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(d -> d.meta().id()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).meta().id().equals(sorted.get(i - 1).meta().id())) {
        throw new IllegalStateException("two checks share the id " + sorted.get(i).meta().id());
      }
    }
    return new CheckRegistry(sorted);
  }

  /** A registry with these checks added (custom rules from the configuration). */
  public CheckRegistry with(List<CheckDefinition> more) {
    List<CheckDefinition> all = new ArrayList<>(checks);
    all.addAll(more);
    return of(all);
  }

  /** Every check, sorted by id. */
  public List<CheckDefinition> all() {
    return checks;
  }

  public Optional<CheckDefinition> find(String id) {
    return checks.stream().filter(c -> c.meta().id().equals(id)).findFirst();
  }
}
