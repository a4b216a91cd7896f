package dev.shipshape.model;

/** The tool that wrote a report. */
public record Tool(String name, String version) {}
