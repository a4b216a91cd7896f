package dev.shipshape.repository;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The frame every cache file shares: magic, format version, the repository it belongs to, payload
 * length and the payload's CRC-32C, then the payload. A frame is written to a temporary file and
 * renamed over the old one, so a reader sees a whole file or none; one that is short, damaged, of
 * another format or of another repository reads as absent — never trusted. Public for the other
 * sources that keep a cache beside the commit cache (the forge's).
 */
public final class CacheFrame {
  private CacheFrame() {}

  /** The file name part that stands for a repository: a digest of its identity. */
  public static String digest(String identity) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The payload of the file, or null when there is none that can be trusted. */
  public static ByteBuffer read(Path path, long magic, int version, String identity) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return null;
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (in.getLong() != magic || in.getInt() != version) {
        return null;
      }
      String owner = string(in);
      long length = in.getLong();
      int crc = in.getInt();
      if (!owner.equals(identity) || length != in.remaining()) {
        return null;
      }
      CRC32C check = new CRC32C();
      check.update(in.slice());
      return (int) check.getValue() == crc ? in.slice() : null;
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Writes the payload in a frame to a temporary file in the same folder and renames it over the
   * file: two scans writing at once leave one whole file. Failing to write is not an error of the
   * scan, only a slower next one.
   */
  public static void write(Path path, long magic, int version, String identity, byte[] payload) {
    Path tmp = null;
    try {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(head);
      out.writeLong(magic);
      out.writeInt(version);
      writeString(out, identity);
      out.writeLong(payload.length);
      CRC32C crc = new CRC32C();
      crc.update(payload);
      out.writeInt((int) crc.getValue());
      out.flush();
      Files.createDirectories(path.getParent());
      tmp = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
      try (var file = Files.newOutputStream(tmp)) {
        file.write(head.toByteArray());
        file.write(payload);
      }
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException | RuntimeException e) {
      // a cache that cannot be written is a slower next scan, not a failed one
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // left for the next write to replace
        }
      }
    }
  }

  /** A length-prefixed UTF-8 string. */
  static String string(ByteBuffer in) {
    int len = in.getInt();
    if (len < 0 || len > in.remaining()) {
      throw new IllegalArgumentException("bad string length");
    }
    String s =
        new String(in.array(), in.arrayOffset() + in.position(), len, StandardCharsets.UTF_8);
    in.position(in.position() + len);
    return s;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** A count of entries that follow, each at least {@code minBytes} long. */
  static int count(ByteBuffer in, int minBytes) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining() / minBytes) {
      throw new IllegalArgumentException("bad count");
    }
    return n;
  }

  /** A 20-byte object id, as hex. */
  static String id(ByteBuffer in) {
    // by hand: tens of thousands per cache file, mostly before the JIT has compiled anything
    byte[] hex = new byte[40];
    for (int i = 0; i < 20; i++) {
      int b = in.get() & 0xff;
      hex[2 * i] = HEX_DIGITS[b >>> 4];
      hex[2 * i + 1] = HEX_DIGITS[b & 0xf];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  static void writeId(DataOutputStream out, String id) throws IOException {
    out.write(HexFormat.of().parseHex(id));
  }
}
