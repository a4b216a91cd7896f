package dev.shipshape.repository;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns bytes into text the way git decides what is binary: a NUL in the first 8000 bytes. */
final class Text {
  private static final int BINARY_PROBE = 8000;

  private Text() {}

  static Optional<String> decode(byte[] bytes) {
    int probe = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return Optional.empty();
      }
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    return Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
  }
}
