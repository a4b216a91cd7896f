package dev.shipshape.forge;

import java.time.Instant;

/** An issue carrying the incident label: opened and (when resolved) closed. */
public record ForgeIssue(int number, String title, Instant createdAt, Instant closedAt) {}
