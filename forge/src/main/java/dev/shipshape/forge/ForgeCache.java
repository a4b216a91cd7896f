package dev.shipshape.forge;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shipshape.repository.CacheFrame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * One project's {@link ForgeState} on disk beside the commit cache ({@code forge-<digest>.bin}), in
 * the frame every cache file shares: written whole and renamed into place, and read as absent when
 * short, damaged, of another format or of another project. It holds ETags and facts drawn from
 * answers, never a token.
 */
final class ForgeCache {
  private static final long MAGIC = 0x5348495053484631L; // "SHIPSHF1"
  private static final int VERSION = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

  private final Path path;
  private final String identity;

  ForgeCache(Path folder, ForgeProject project) {
    this.identity = project.identity();
    this.path = folder.resolve("forge-" + CacheFrame.digest(identity) + ".bin");
  }

  Path path() {
    return path;
  }

  /** The state of the last sync, or a fresh one when there is none that can be trusted. */
  ForgeState read() {
    ByteBuffer in = CacheFrame.read(path, MAGIC, VERSION, identity);
    if (in == null) {
      return new ForgeState();
    }
    byte[] payload = new byte[in.remaining()];
    in.get(payload);
    try {
      ForgeState s = MAPPER.readValue(payload, ForgeState.class);
      return s == null ? new ForgeState() : s;
    } catch (IOException | RuntimeException e) {
      return new ForgeState();
    }
  }

  void write(ForgeState state) {
    try {
      CacheFrame.write(path, MAGIC, VERSION, identity, MAPPER.writeValueAsBytes(state));
    } catch (IOException e) {
      // a cache that cannot be written is a costlier next sync, not a failed scan
    }
  }
}
