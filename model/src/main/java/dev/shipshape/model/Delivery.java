package dev.shipshape.model;

/**
 * The {@code delivery} section: DORA keys and flow metrics (DELIVERY-METRICS.md). Every number is
 * nullable: null means unknown, and {@code reason} (or {@code sourceDetail}) says why — never 0.
 */
public record Delivery(
    String source,
    String sourceDetail,
    DeploymentFrequency deploymentFrequency,
    LeadTime leadTime,
    ChangeFailureRate changeFailureRate,
    RecoveryTime recoveryTime,
    ReworkRate reworkRate,
    Flow flow) {

  /** DORA performance band of one key; null when the key is unknown. */
  public enum Band {
    ELITE("elite"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String id;

    Band(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public record DeploymentFrequency(
      Integer deployments,
      Double perWeek,
      Integer medianWeekDeploymentDays,
      Band band,
      String reason) {}

  public record LeadTime(
      Double medianHours,
      Double p90Hours,
      Integer commits,
      Integer droppedNegative,
      Band band,
      String reason) {}

  public record ChangeFailureRate(
      Double ratio, Integer failed, Integer deployments, Band band, String reason) {}

  public record RecoveryTime(Double medianHours, Integer failures, Band band, String reason) {}

  public record ReworkRate(Double ratio, String reason) {}

  public record Flow(
      Double backlogLinkedRatio,
      Double testsWithChangesRatio,
      Integer batchSizeMedianLines,
      Integer batchSizeP90Lines,
      Double branchLifetimeMedianHours,
      Integer branchesMeasured,
      Double integrationsPerWeek,
      Double weeksWithIntegrationRatio,
      Integer activeContributors,
      Integer busFactor) {

    public static Flow unknown() {
      return new Flow(null, null, null, null, null, null, null, null, null, null);
    }
  }

  /** No deployments known and no history: every key null with the reason. */
  public static Delivery unknown(String reason) {
    return new Delivery(
        "none",
        reason,
        new DeploymentFrequency(null, null, null, null, reason),
        new LeadTime(null, null, null, null, null, reason),
        new ChangeFailureRate(null, null, null, null, reason),
        new RecoveryTime(null, null, null, reason),
        new ReworkRate(null, reason),
        Flow.unknown());
  }
}
