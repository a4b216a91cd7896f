package dev.shipshape.repository;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One repository's notes of one kind on disk ({@code notes-KIND-REPO.bin} in the cache folder),
 * loaded on first use and saved when the scan added to them. The file keeps what this scan used
 * and, while it stays small, what earlier scans used: content that left the tree long ago is
 * dropped.
 */
final class StoredNotes implements ContentNotes {
  private static final long MAGIC = 0x5348495053484E31L; // "SHIPSHN1"
  private static final int VERSION = 1;
  private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /** Notes of earlier scans are kept while the file holds at most this many besides the used. */
  static final int KEEP_UNUSED = 50_000;

  private final Path path;
  private final String identity;
  private final int keepUnused;
  private volatile Map<String, byte[]> notes;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private volatile boolean changed;

  private StoredNotes(Path path, String identity, int keepUnused) {
    this.path = path;
    this.identity = identity;
    this.keepUnused = keepUnused;
  }

  /** The notes of kind {@code kind} (lower-case letters, digits and '-') of one repository. */
  static StoredNotes of(Path folder, String identity, String kind) {
    return of(folder, identity, kind, KEEP_UNUSED);
  }

  static StoredNotes of(Path folder, String identity, String kind, int keepUnused) {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("not a name for notes: " + kind);
    }
    return new StoredNotes(
        folder.resolve("notes-" + kind + "-" + CacheFrame.digest(identity) + ".bin"),
        identity,
        keepUnused);
  }

  Path path() {
    return path;
  }

  @Override
  public Optional<byte[]> get(String contentId) {
    byte[] note = notes().get(contentId);
    if (note == null) {
      return Optional.empty();
    }
    used.add(contentId);
    return Optional.of(note.clone());
  }

  @Override
  public void put(String contentId, byte[] note) {
    if (contentId.length() != 40) {
      throw new IllegalArgumentException("not a content id: " + contentId);
    }
    notes().put(contentId, note.clone());
    used.add(contentId);
    changed = true;
  }

  private Map<String, byte[]> notes() {
    Map<String, byte[]> n = notes;
    if (n == null) {
      synchronized (this) {
        n = notes;
        if (n == null) {
          n = read();
          notes = n;
        }
      }
    }
    return n;
  }

  private Map<String, byte[]> read() {
    ByteBuffer in = CacheFrame.read(path, MAGIC, VERSION, identity);
    if (in == null) {
      return new ConcurrentHashMap<>();
    }
    try {
      int n = CacheFrame.count(in, 24);
      Map<String, byte[]> out = new ConcurrentHashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        String id = CacheFrame.id(in);
        int length = CacheFrame.count(in, 1);
        byte[] note = new byte[length];
        in.get(note);
        out.put(id, note);
      }
      return in.hasRemaining() ? new ConcurrentHashMap<>() : out;
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      return new ConcurrentHashMap<>();
    }
  }

  /** Saves the notes if this scan added any (see {@link CacheFrame#write}). */
  void save() {
    if (!changed) {
      return;
    }
    Map<String, byte[]> all = new HashMap<>(notes());
    if (all.size() > used.size() + keepUnused) {
      all.keySet().retainAll(used);
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(all.size() * 32);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(all.size());
      for (Map.Entry<String, byte[]> e : all.entrySet()) {
        CacheFrame.writeId(out, e.getKey());
        out.writeInt(e.getValue().length);
        out.write(e.getValue());
      }
      out.flush();
      CacheFrame.write(path, MAGIC, VERSION, identity, bytes.toByteArray());
      changed = false;
    } catch (IOException e) {
      // a cache that cannot be written is a slower next scan, not a failed one
    }
  }

  /** The notes of every kind a scan asked for, in one cache folder, saved together. */
  static final class Shelf {
    private final Path folder; // null: nothing is remembered
    private final String identity;
    private final Map<String, StoredNotes> kinds = new ConcurrentHashMap<>();

    Shelf(Path folder, String identity) {
      this.folder = folder;
      this.identity = identity;
    }

    ContentNotes notes(String kind) {
      if (folder == null) {
        return NONE;
      }
      return kinds.computeIfAbsent(kind, k -> of(folder, identity, k));
    }

    void save() {
      kinds.values().forEach(StoredNotes::save);
    }
  }
}
