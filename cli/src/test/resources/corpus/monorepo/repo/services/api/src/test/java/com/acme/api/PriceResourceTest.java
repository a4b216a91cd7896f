package com.acme.api;

import org.junit.jupiter.api.Test;

class PriceResourceTest {
  @Test
  void pricesAreInEuros() {}
}
