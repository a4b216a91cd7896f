package dev.shipshape.model;

/** One of the steps that would raise the score most. */
public record NextStep(String check, String action) {}
