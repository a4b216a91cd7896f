package com.acme.orders.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;

@WebMvcTest(OrderController.class)
class OrderControllerTest {
  @Test
  void returnsAnOrder() {}
}
