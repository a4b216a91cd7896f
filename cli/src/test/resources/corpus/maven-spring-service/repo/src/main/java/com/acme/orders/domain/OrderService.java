package com.acme.orders.domain;

import java.util.UUID;
import org.springframework.stereotype.Service;

@Service
public class OrderService {
  public Order find(UUID id) {
    return new Order(id, UUID.randomUUID(), "NEW");
  }
}
