package dev.shipshape.model;

import java.util.List;

/** Overall score 0–100 (null when nothing applies), stage, walls and the top next steps. */
public record Summary(Integer score, Stage stage, List<Wall> walls, List<NextStep> nextSteps) {
  public Summary {
    walls = List.copyOf(walls);
    nextSteps = List.copyOf(nextSteps);
  }
}
