package dev.shipshape.checks;

import dev.shipshape.model.Evidence;
import java.util.List;
import java.util.Objects;

/** How many files a list of evidence points at, in words: "1 file", "3 files". */
public final class Places {
  /** The note of the checks that find documents but cannot judge how current they are. */
  public static final String RECENCY_NOTE =
      "recency not measured: the history facts do not say when these files last changed";

  private Places() {}

  public static String count(List<Evidence> evidence) {
    long files = evidence.stream().map(Evidence::path).filter(Objects::nonNull).distinct().count();
    return files == 1 ? "1 file" : files + " files";
  }
}
