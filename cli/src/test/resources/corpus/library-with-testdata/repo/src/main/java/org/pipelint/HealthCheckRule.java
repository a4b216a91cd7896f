package org.pipelint;

/** Flags deployments without a "/healthz" probe or a HEALTHCHECK; names the tools it knows. */
public final class HealthCheckRule {
  static final String[] PROBE_PATHS = {"/healthz", "/readyz", "/health/live"};
  static final String[] KNOWN_TOOLS = {"trivy", "checkov", "kubeconform", "helm upgrade", "kubectl apply"};

  public boolean hasProbe(String manifest) {
    return manifest.contains("livenessProbe") || manifest.contains("readinessProbe");
  }
}
