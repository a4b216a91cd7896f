package dev.shipshape.repository;

import java.time.Instant;

/**
 * A tag pointing (perhaps through an annotated tag object) at a commit. {@code taggerTime} is null
 * for a lightweight tag.
 */
public record TagRef(String name, String commit, boolean annotated, Instant taggerTime) {}
