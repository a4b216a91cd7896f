package dev.shipshape.facts.files;

/** What a file is for, by each ecosystem's conventions. */
public enum Role {
  PRODUCTION_CODE,
  TEST_CODE,
  DOCUMENTATION,
  BUILD,
  CONFIG,
  OTHER
}
