package com.acme.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void eurosAreCents() {
    assertEquals(1200, Money.euros(12).cents());
  }
}
