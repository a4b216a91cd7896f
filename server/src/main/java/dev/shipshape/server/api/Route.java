package dev.shipshape.server.api;

import io.javalin.http.Handler;

/**
 * One route of the JSON API. The API's routes are this data, so that a test can hold them against
 * the OpenAPI document.
 */
public record Route(String method, String path, Handler handler) {
  public static Route get(String path, Handler handler) {
    return new Route("get", path, handler);
  }

  public static Route post(String path, Handler handler) {
    return new Route("post", path, handler);
  }

  public static Route put(String path, Handler handler) {
    return new Route("put", path, handler);
  }
}
