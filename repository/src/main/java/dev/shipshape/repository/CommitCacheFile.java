package dev.shipshape.repository;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One repository's per-commit facts on disk, in a compact binary form inside a {@link CacheFrame}:
 * a table of strings (names, e-mails, paths), then the commits and diffs referring to it. A file
 * that is short, damaged or from another repository is discarded — never trusted — and rewritten.
 */
final class CommitCacheFile {
  private static final long MAGIC = 0x5348495053484331L; // "SHIPSHC1"
  private static final int VERSION = 1;

  /** What the file holds: commits by id, and path-only and line-count diffs by id. */
  record Contents(
      Map<String, CommitInfo> commits,
      Map<String, CommitDiff> paths,
      Map<String, CommitDiff> lines) {
    static final Contents EMPTY = new Contents(Map.of(), Map.of(), Map.of());
  }

  private final Path path;
  private final String identity;

  private CommitCacheFile(Path path, String identity) {
    this.path = path;
    this.identity = identity;
  }

  /** The cache file of the repository named {@code identity} (its location) in {@code folder}. */
  static CommitCacheFile of(Path folder, String identity) {
    return new CommitCacheFile(
        folder.resolve("commits-" + CacheFrame.digest(identity) + ".bin"), identity);
  }

  Path path() {
    return path;
  }

  /** The file's contents; empty when there is no file or it cannot be trusted. */
  Contents read() {
    ByteBuffer in = CacheFrame.read(path, MAGIC, VERSION, identity);
    if (in == null) {
      return Contents.EMPTY;
    }
    try {
      return decode(in);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return Contents.EMPTY;
    }
  }

  private static Contents decode(ByteBuffer in) {
    String[] strings = new String[count(in)];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = string(in);
    }
    int n = count(in);
    // concurrent maps from the start: the store writes to them as the scan reads more
    Map<String, CommitInfo> commits = new ConcurrentHashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String id = id(in);
      int parentCount = in.getInt();
      if (parentCount < 0 || parentCount > in.remaining() / 20) {
        throw new IllegalArgumentException("bad parent count");
      }
      List<String> parents = new ArrayList<>(parentCount);
      for (int p = 0; p < parentCount; p++) {
        parents.add(id(in));
      }
      commits.put(
          id,
          new CommitInfo(
              id,
              parents,
              strings[in.getInt()],
              strings[in.getInt()],
              Instant.ofEpochSecond(in.getLong(), in.getInt()),
              Instant.ofEpochSecond(in.getLong(), in.getInt()),
              string(in)));
    }
    Map<String, CommitDiff> paths = diffs(in, strings, false);
    Map<String, CommitDiff> lines = diffs(in, strings, true);
    if (in.hasRemaining()) {
      return Contents.EMPTY;
    }
    return new Contents(commits, paths, lines);
  }

  private static Map<String, CommitDiff> diffs(ByteBuffer in, String[] strings, boolean withLines) {
    int n = count(in);
    Map<String, CommitDiff> out = new ConcurrentHashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String id = id(in);
      Integer added = withLines ? in.getInt() : null;
      Integer deleted = withLines ? in.getInt() : null;
      int count = count(in);
      List<String> files = new ArrayList<>(count);
      for (int f = 0; f < count; f++) {
        files.add(strings[in.getInt()]);
      }
      out.put(id, new CommitDiff(id, files, added, deleted));
    }
    return out;
  }

  private static int count(ByteBuffer in) {
    return CacheFrame.count(in, 4);
  }

  private static String id(ByteBuffer in) {
    return CacheFrame.id(in);
  }

  private static String string(ByteBuffer in) {
    return CacheFrame.string(in);
  }

  /** Saves the contents (see {@link CacheFrame#write}). */
  void write(Contents contents) {
    byte[] payload;
    try {
      payload = encode(contents);
    } catch (IOException e) {
      return; // a cache that cannot be written is a slower next scan, not a failed one
    }
    CacheFrame.write(path, MAGIC, VERSION, identity, payload);
  }

  private static byte[] encode(Contents c) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    List<String> strings = new ArrayList<>();
    java.util.function.ToIntFunction<String> ref =
        s ->
            index.computeIfAbsent(
                s,
                k -> {
                  strings.add(k);
                  return strings.size() - 1;
                });
    ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(body);
    out.writeInt(c.commits().size());
    for (CommitInfo ci : c.commits().values()) {
      writeId(out, ci.id());
      out.writeInt(ci.parents().size());
      for (String p : ci.parents()) {
        writeId(out, p);
      }
      out.writeInt(ref.applyAsInt(ci.authorName()));
      out.writeInt(ref.applyAsInt(ci.authorEmail()));
      out.writeLong(ci.authorTime().getEpochSecond());
      out.writeInt(ci.authorTime().getNano());
      out.writeLong(ci.commitTime().getEpochSecond());
      out.writeInt(ci.commitTime().getNano());
      writeString(out, ci.message());
    }
    writeDiffs(out, c.paths(), false, ref);
    writeDiffs(out, c.lines(), true, ref);
    out.flush();
    ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + strings.size() * 32);
    DataOutputStream table = new DataOutputStream(all);
    table.writeInt(strings.size());
    for (String s : strings) {
      writeString(table, s);
    }
    table.flush();
    body.writeTo(all);
    return all.toByteArray();
  }

  private static void writeDiffs(
      DataOutputStream out,
      Map<String, CommitDiff> diffs,
      boolean withLines,
      java.util.function.ToIntFunction<String> ref)
      throws IOException {
    out.writeInt(diffs.size());
    for (CommitDiff d : diffs.values()) {
      writeId(out, d.commit());
      if (withLines) {
        out.writeInt(d.added());
        out.writeInt(d.deleted());
      }
      out.writeInt(d.paths().size());
      for (String p : d.paths()) {
        out.writeInt(ref.applyAsInt(p));
      }
    }
  }

  private static void writeId(DataOutputStream out, String id) throws IOException {
    CacheFrame.writeId(out, id);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    CacheFrame.writeString(out, s);
  }
}
