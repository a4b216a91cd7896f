package dev.shipshape.engine;

import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.repository.SnapshotRequest;

/** What to scan and how. {@code config} null means: read the repository's own .shipshape.yml. */
public record ScanRequest(SnapshotRequest snapshot, ScanConfig config, Progress progress) {

  /** Where the scan is, for a progress line on stderr; called from the scanning thread. */
  @FunctionalInterface
  public interface Progress {
    void phase(String description);

    Progress NONE = d -> {};
  }

  public ScanRequest {
    if (progress == null) {
      progress = Progress.NONE;
    }
  }
}
