package dev.shipshape.server.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** GitHub-style {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>}. */
public final class WebhookSignature {
  public static final String HEADER = "X-Hub-Signature-256";

  private WebhookSignature() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares in constant time, so the comparison leaks nothing about the expected value. */
  public static boolean valid(String secret, byte[] body, String header) {
    if (header == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, body).getBytes(StandardCharsets.US_ASCII),
        header.trim().getBytes(StandardCharsets.US_ASCII));
  }
}
