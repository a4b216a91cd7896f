package dev.shipshape.render;

import java.nio.charset.StandardCharsets;

/** Repository paths as URI references (RFC 3986), for SARIF locations and links. */
final class UriText {

  private static final String HEX = "0123456789ABCDEF";

  private UriText() {}

  /**
   * {@code path} with every byte outside the unreserved set percent-encoded, except the slashes
   * between segments. ':' is encoded too, so that {@code a:b.txt} cannot read as a scheme, and
   * backslashes, spaces, control characters and non-ASCII letters all become {@code %XX}.
   */
  static String path(String path) {
    StringBuilder b = new StringBuilder(path.length());
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      boolean keep =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/';
      if (keep) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
      }
    }
    return b.toString();
  }
}
