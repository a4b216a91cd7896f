package com.acme.orders.domain;

import java.util.UUID;

public record Order(UUID id, UUID customerId, String status) {}
