package dev.shipshape.server.api;

/**
 * A request the server refuses, with the JSON body {@code {"error": code, "reason": reason}}. For
 * 401 and 403 the reason is generic: it never says whether a token exists or whom it belongs to.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiError(int status, String code, String reason) {
    super(reason);
    this.status = status;
    this.code = code;
  }

  public static ApiError badRequest(String reason) {
    return new ApiError(400, "bad-request", reason);
  }

  public static ApiError unauthorized() {
    return new ApiError(401, "unauthorized", "a valid API token is required");
  }

  public static ApiError forbidden() {
    return new ApiError(403, "forbidden", "this token may not do that");
  }

  public static ApiError notFound(String what) {
    return new ApiError(404, "not-found", what + " not found");
  }

  public static ApiError conflict(String reason) {
    return new ApiError(409, "conflict", reason);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
