package dev.shipshape.model;

/** Where the team stands on the seed's model. */
public enum Stage {
  TRADITIONAL("traditional", "Traditional"),
  IMMATURE_DEVOPS("immature-devops", "Immature DevOps"),
  MATURE_DEVOPS("mature-devops", "Mature DevOps");

  private final String id;
  private final String title;

  Stage(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
