package org.pipelint;

import java.util.List;

/** A pipeline: its jobs, in file order. */
public record Pipeline(String system, List<String> jobs) {}
