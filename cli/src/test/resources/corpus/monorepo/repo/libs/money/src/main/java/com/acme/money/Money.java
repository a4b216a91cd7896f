package com.acme.money;

public record Money(long cents, String currency) {
  public static Money euros(long euros) {
    return new Money(euros * 100, "EUR");
  }
}
