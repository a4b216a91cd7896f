package dev.shipshape.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Diffs from the {@link CommitStore} when cached, read by {@code git log} (or JGit) otherwise. */
final class StoredDiffs implements CommitDiffs {
  private final CommitStore store;
  private final CommitDiffs reader;

  StoredDiffs(CommitStore store, CommitDiffs reader) {
    this.store = store;
    this.reader = reader;
  }

  @Override
  public String reader() {
    return reader.reader();
  }

  @Override
  public Map<String, CommitDiff> read(Collection<String> pathsOnly, Collection<String> withLines) {
    Set<String> lines = new LinkedHashSet<>(withLines);
    Map<String, CommitDiff> out = new HashMap<>();
    List<String> missingLines = new ArrayList<>();
    for (String id : lines) {
      CommitDiff d = store.diff(id, true);
      if (d != null) {
        out.put(id, d);
      } else {
        missingLines.add(id);
      }
    }
    List<String> missingPaths = new ArrayList<>();
    for (String id : new LinkedHashSet<>(pathsOnly)) {
      if (lines.contains(id)) {
        continue;
      }
      CommitDiff d = store.diff(id, false);
      if (d != null) {
        out.put(id, d);
      } else {
        missingPaths.add(id);
      }
    }
    if (!missingLines.isEmpty() || !missingPaths.isEmpty()) {
      Set<String> counted = new java.util.HashSet<>(missingLines);
      reader
          .read(missingPaths, missingLines)
          .forEach(
              (id, d) -> {
                store.putDiff(d, counted.contains(id));
                out.put(id, d);
              });
    }
    return out;
  }
}
