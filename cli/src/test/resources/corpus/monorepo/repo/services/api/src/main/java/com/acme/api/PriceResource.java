package com.acme.api;

import com.acme.money.Money;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/prices")
public class PriceResource {
  @GET
  public String price() {
    return Money.euros(12).toString();
  }
}
