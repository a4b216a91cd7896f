package dev.shipshape.forge;

import java.nio.file.Path;

/**
 * What the user asked of the forge: whether to read it at all ({@code scan --forge}), which hosts
 * are which forge, where the token is (null: the forge's environment variable), the limits of a
 * scan's calls, and the label that marks incident issues.
 */
public record ForgeOptions(
    boolean enabled, ForgeHosts hosts, Path tokenFile, ForgeLimits limits, String incidentLabel) {

  public static final String DEFAULT_INCIDENT_LABEL = "incident";

  public static final ForgeOptions OFF =
      new ForgeOptions(false, ForgeHosts.defaults(), null, ForgeLimits.defaults(), null);

  public ForgeOptions {
    hosts = hosts == null ? ForgeHosts.defaults() : hosts;
    limits = limits == null ? ForgeLimits.defaults() : limits;
    incidentLabel =
        incidentLabel == null || incidentLabel.isBlank() ? DEFAULT_INCIDENT_LABEL : incidentLabel;
  }

  /** On, with the defaults. */
  public static ForgeOptions on() {
    return new ForgeOptions(true, ForgeHosts.defaults(), null, ForgeLimits.defaults(), null);
  }
}
