package com.acme.orders;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

@Testcontainers
class OrdersRepositoryIT {
  @Test
  void migratesTheSchema() {}
}
