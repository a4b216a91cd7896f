package dev.shipshape.model;

/** The ten practices of the catalogue, in the catalogue's order (which is also the report's). */
public enum Practice {
  VERSION_CONTROL("version-control", "Version control, linked to the backlog"),
  CI_CD("ci-cd", "Continuous integration and delivery"),
  INFRASTRUCTURE_AS_CODE("infrastructure-as-code", "Infrastructure as code"),
  AUTOMATED_TESTING("automated-testing", "Automated testing"),
  MONITORING_LOGGING("monitoring-logging", "Monitoring, logging and observability"),
  COLLABORATION("collaboration", "Collaboration and communication"),
  SECURITY_COMPLIANCE("security-compliance", "Security and compliance"),
  AGILE_LEAN("agile-lean", "Agile and lean"),
  CONTINUOUS_LEARNING("continuous-learning", "Continuous learning"),
  OPERATIONS("operations", "You build it, you run it");

  private final String id;
  private final String title;

  Practice(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Practice fromId(String id) {
    for (Practice p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown practice '" + id + "'");
  }
}
