package org.pipelint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HealthCheckRuleTest {
  @Test
  void seesALivenessProbe() {
    assertTrue(new HealthCheckRule().hasProbe("livenessProbe:\n  httpGet:\n    path: /healthz\n"));
  }
}
