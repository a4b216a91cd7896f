package dev.shipshape.model;

import java.util.List;

/** A wall the team still has: between what, and the checks that show it. */
public record Wall(String between, List<String> because) {
  public Wall {
    because = List.copyOf(because);
  }
}
