package dev.shipshape.engine;

import dev.shipshape.facts.config.ScanConfig;
import dev.shipshape.facts.delivery.DeliveryOptions;
import dev.shipshape.repository.SnapshotRequest;

/**
 * What to scan and how. {@code config} null means: read the repository's own .shipshape.yml; {@code
 * delivery} null means the default delivery options (release-like tags, no events).
 */
public record ScanRequest(
    SnapshotRequest snapshot, ScanConfig config, Progress progress, DeliveryOptions delivery) {

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
    if (delivery == null) {
      delivery = DeliveryOptions.defaults();
    }
  }

  public ScanRequest(SnapshotRequest snapshot, ScanConfig config, Progress progress) {
    this(snapshot, config, progress, DeliveryOptions.defaults());
  }
}
