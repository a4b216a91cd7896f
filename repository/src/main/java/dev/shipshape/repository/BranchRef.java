package dev.shipshape.repository;

import java.time.Instant;

/** A branch head and the committer time of its tip. */
public record BranchRef(String name, String commit, Instant tipTime) {}
