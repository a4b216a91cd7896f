package com.acme.orders.api;

import com.acme.orders.domain.Order;
import com.acme.orders.domain.OrderService;
import java.util.UUID;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
class OrderController {
  private final OrderService service;

  OrderController(OrderService service) {
    this.service = service;
  }

  @GetMapping("/{id}")
  Order get(@PathVariable UUID id) {
    return service.find(id);
  }
}
