package dev.shipshape.repository;

import java.time.Instant;

/**
 * Where a snapshot came from. {@code revision}, {@code branch} and {@code revisionTime} (the
 * committer time of the revision) are null for a folder that is not a git repository; {@code
 * branch} is also null for a detached HEAD.
 */
public record SnapshotInfo(
    String location,
    String name,
    String revision,
    String branch,
    Instant revisionTime,
    boolean bare,
    boolean git) {}
