package com.acme.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderServiceTest {
  @Test
  void findsNewOrders() {
    assertThat(new OrderService().find(UUID.randomUUID()).status()).isEqualTo("NEW");
  }
}
