package dev.shipshape.facts.delivery;

import java.util.List;

/**
 * What the user says about deployments: tag globs ({@code --deploy-tags}, repeatable; empty means
 * release-like tags), event files ({@code --events}, read by the caller), a hotfix pattern ({@code
 * --hotfix-pattern}, a regular expression matched against commit messages and merged branch names;
 * null for none) and whether the per-commit cache may be used ({@code --no-cache} sets false).
 * {@code received} are events already parsed (the server's stored webhooks), used beside the files.
 */
public record DeliveryOptions(
    List<String> deployTags,
    List<EventInput> events,
    String hotfixPattern,
    boolean cache,
    DeliveryEvents received) {

  /** One events file as given: its name (for diagnostics) and its content. */
  public record EventInput(String name, String content) {}

  public DeliveryOptions {
    deployTags = deployTags == null ? List.of() : List.copyOf(deployTags);
    events = events == null ? List.of() : List.copyOf(events);
    if (hotfixPattern != null && hotfixPattern.isBlank()) {
      hotfixPattern = null;
    }
    received = received == null ? DeliveryEvents.none() : received;
  }

  public DeliveryOptions(
      List<String> deployTags, List<EventInput> events, String hotfixPattern, boolean cache) {
    this(deployTags, events, hotfixPattern, cache, DeliveryEvents.none());
  }

  /** These options with events already parsed, used beside the event files. */
  public DeliveryOptions withReceived(DeliveryEvents parsed) {
    return new DeliveryOptions(deployTags, events, hotfixPattern, cache, parsed);
  }

  public static DeliveryOptions defaults() {
    return new DeliveryOptions(List.of(), List.of(), null, true);
  }
}
