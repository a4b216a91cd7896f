package dev.shipshape.facts.tree;

import java.util.regex.Pattern;

/** Container image references: whether one is pinned. */
public final class ImageReference {
  private ImageReference() {}

  /**
   * A tag with at least major.minor, or a date or build number: {@code 3.12-slim}, {@code 2024.01}.
   */
  private static final Pattern EXACT_TAG =
      Pattern.compile("v?\\d+\\.\\d+.*|\\d{6,}.*|.*-\\d+\\.\\d+.*");

  /**
   * Pinned by digest ({@code @sha256:…}) or by an exact tag; {@code latest}, no tag or {@code 20}
   * are not.
   */
  public static boolean pinned(String image) {
    if (image.contains("@sha256:")) {
      return true;
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon <= slash) {
      return false;
    }
    String tag = image.substring(colon + 1);
    return !tag.equals("latest") && EXACT_TAG.matcher(tag).matches();
  }
}
