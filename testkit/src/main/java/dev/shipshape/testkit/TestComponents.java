package dev.shipshape.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when a real component it needs (a browser, say) is not installed: on a
 * developer's machine it is skipped, with one line on stderr saying what is missing and how to
 * install it; where {@value #NO_SKIP} is set (CI: {@code .ci/run} sets it after installing
 * everything) the skip becomes a failure, so a missing install step cannot hide.
 */
public final class TestComponents {
  /** The environment variable that turns a skip into a failure. */
  public static final String NO_SKIP = "SHIPSHAPE_TEST_NO_SKIP";

  private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

  private TestComponents() {}

  /**
   * Skips the calling test (or fails it under {@value #NO_SKIP}) unless {@code installed}.
   *
   * @param what the tests that need it, e.g. "browser tests"
   * @param missing what is missing and how to get it, e.g. "no /usr/bin/chromium: apt-get install
   *     chromium chromium-driver"
   */
  public static void require(boolean installed, String what, String missing) {
    if (installed) {
      return;
    }
    String message = what + " skipped: " + missing;
    if (noSkip()) {
      throw new AssertionError(what + " cannot run: " + missing + " (" + NO_SKIP + " is set)");
    }
    if (ANNOUNCED.add(what)) {
      System.err.println("[shipshape tests] " + message);
    }
    Assumptions.abort(message);
  }

  static boolean noSkip() {
    String v = System.getenv(NO_SKIP);
    return v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false");
  }
}
