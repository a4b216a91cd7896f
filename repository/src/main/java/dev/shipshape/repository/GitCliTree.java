package dev.shipshape.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.util.RawParseUtils;

/**
 * The committed tree listed by {@code git ls-tree} and read by one {@code git cat-file --batch}: C
 * git maps the pack index where JGit loads all of it, which on a large repository is most of a
 * repeat scan's reading (ADR 0004). A read the process cannot answer goes to JGit, as does every
 * read after the process fails. Only for complete repositories: in a partial clone git would fetch
 * what is missing.
 */
final class GitCliTree extends ListedTree {
  private final Path gitDir;
  private final Repository repo;
  private final String commit;
  private final java.util.function.BooleanSupplier jgitOpen;
  private Process catFile; // started on the first read
  private OutputStream requests;
  private Answers answers;
  private boolean failed;

  private GitCliTree(
      Path gitDir,
      Repository repo,
      String commit,
      java.util.function.BooleanSupplier jgitOpen,
      List<Entry> listed) {
    super(listed, 0);
    this.gitDir = gitDir;
    this.repo = repo;
    this.commit = commit;
    this.jgitOpen = jgitOpen;
  }

  /** The commit whose tree this is. */
  String commit() {
    return commit;
  }

  /** The tree of {@code commit}, listed by git; an exception when git could not list it. */
  static GitCliTree list(Repository repo, String commit) throws IOException {
    return list(repo, commit, () -> false);
  }

  /**
   * As {@link #list(Repository, String)}; {@code jgitOpen} tells whether JGit has the pack index in
   * memory already (the scan read commits through it), when JGit reads blobs faster than git.
   */
  static GitCliTree list(
      Repository repo, String commit, java.util.function.BooleanSupplier jgitOpen)
      throws IOException {
    Path gitDir = repo.getDirectory().toPath().toAbsolutePath();
    Process p =
        GitCli.start(
            null,
            List.of(
                "--git-dir=" + gitDir,
                "ls-tree",
                "-r",
                "-l",
                "-z",
                "--full-tree",
                "--end-of-options",
                commit),
            Map.of("GIT_NO_LAZY_FETCH", "1"));
    p.getOutputStream().close();
    List<Entry> listed = new ArrayList<>();
    // streamed: a tree of a million files lists some 100 MB, which need not sit in memory at once
    try (InputStream in = p.getInputStream()) {
      byte[] chunk = new byte[1 << 16];
      java.io.ByteArrayOutputStream record = new java.io.ByteArrayOutputStream(256);
      int n;
      while ((n = in.read(chunk)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] == 0) {
            record.write(chunk, start, i - start);
            listed.add(entry(record.toByteArray()));
            record.reset();
            start = i + 1;
          }
        }
        record.write(chunk, start, n - start);
      }
      if (record.size() > 0) {
        throw new IOException("git ls-tree: unterminated entry");
      }
    } finally {
      p.getErrorStream().close();
    }
    try {
      if (p.waitFor() != 0) {
        throw new IOException("git ls-tree exited with " + p.exitValue());
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while listing the tree", e);
    }
    return new GitCliTree(gitDir, repo, commit, jgitOpen, listed);
  }

  /** {@code <mode> SP <type> SP <id> SP+ <size> TAB <path>}, as ls-tree -l -z writes it. */
  private static Entry entry(byte[] r) throws IOException {
    int tab = indexOf(r, (byte) '\t', 0);
    int s1 = indexOf(r, (byte) ' ', 0);
    int s2 = indexOf(r, (byte) ' ', s1 + 1);
    if (tab < 0 || s1 < 0 || s2 < 0 || s2 > tab || tab - s2 < 42) {
      throw new IOException("git ls-tree: unexpected entry");
    }
    int mode = Integer.parseInt(new String(r, 0, s1, StandardCharsets.US_ASCII), 8);
    String id = new String(r, s2 + 1, 40, StandardCharsets.US_ASCII);
    String size = new String(r, s2 + 41, tab - s2 - 41, StandardCharsets.US_ASCII).strip();
    // decoded as JGit decodes a path, so both listings name a file alike
    String path = RawParseUtils.decode(r, tab + 1, r.length);
    TreeFile.Kind kind = kindOf(mode);
    long bytes = kind == TreeFile.Kind.SUBMODULE || size.equals("-") ? 0 : Long.parseLong(size);
    return new Entry(new TreeFile(path, kind, bytes), id);
  }

  /** As JGit reads a mode: any execute bit makes a file executable. */
  private static TreeFile.Kind kindOf(int mode) {
    switch (mode & 0170000) {
      case 0120000:
        return TreeFile.Kind.SYMLINK;
      case 0160000:
        return TreeFile.Kind.SUBMODULE;
      default:
        return (mode & 0111) != 0 ? TreeFile.Kind.EXECUTABLE : TreeFile.Kind.FILE;
    }
  }

  private static int indexOf(byte[] r, byte b, int from) {
    for (int i = from; i < r.length; i++) {
      if (r[i] == b) {
        return i;
      }
    }
    return -1;
  }

  @Override
  synchronized byte[] read(String id, int limit) throws IOException {
    if (!failed && !jgitOpen.getAsBoolean()) {
      try {
        return readByGit(id, limit);
      } catch (IOException | RuntimeException e) {
        failed = true; // the process is in an unknown state: JGit from now on
        stop();
      }
    }
    return JGitTree.readBlob(repo, id, limit);
  }

  private byte[] readByGit(String id, int limit) throws IOException {
    if (catFile == null) {
      catFile =
          GitCli.start(
              null,
              List.of("--git-dir=" + gitDir, "cat-file", "--batch"),
              Map.of("GIT_NO_LAZY_FETCH", "1"));
      catFile.getErrorStream().close();
      requests = catFile.getOutputStream();
      answers = new Answers(catFile.getInputStream());
    }
    requests.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
    requests.flush();
    return answer(answers, id, limit);
  }

  /**
   * One answer of {@code cat-file --batch}: the blob's bytes (at most {@code limit}; the rest is
   * skipped), or null when the object is missing or not a blob.
   */
  private static byte[] answer(Answers answers, String id, int limit) throws IOException {
    String header = answers.line();
    String[] parts = header.split(" ");
    if (parts.length == 2 && parts[1].equals("missing")) {
      return null;
    }
    if (parts.length != 3 || !parts[0].equals(id)) {
      throw new IOException("git cat-file: unexpected answer");
    }
    long size = Long.parseLong(parts[2]);
    byte[] bytes = answers.read((int) Math.min(size, limit));
    answers.skip(size - bytes.length);
    if (answers.read() != '\n') {
      throw new IOException("git cat-file: unterminated object");
    }
    return parts[1].equals("blob") ? bytes : null;
  }

  /** The answers of one cat-file process, buffered without a lock per byte. */
  private static final class Answers {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;

    Answers(InputStream in) {
      this.in = in;
    }

    private boolean fill() throws IOException {
      pos = 0;
      end = Math.max(0, in.read(buffer));
      return end > 0;
    }

    int read() throws IOException {
      if (pos == end && !fill()) {
        return -1;
      }
      return buffer[pos++] & 0xff;
    }

    /** A header line, without its newline. */
    String line() throws IOException {
      StringBuilder s = new StringBuilder(64);
      while (true) {
        if (pos == end && !fill()) {
          throw new IOException("git cat-file: no answer");
        }
        while (pos < end) {
          byte b = buffer[pos++];
          if (b == '\n') {
            return s.toString();
          }
          if (s.length() > 200) {
            throw new IOException("git cat-file: no answer");
          }
          s.append((char) (b & 0xff));
        }
      }
    }

    byte[] read(int n) throws IOException {
      byte[] out = new byte[n];
      int done = 0;
      while (done < n) {
        if (pos == end && !fill()) {
          throw new IOException("git cat-file: object cut short");
        }
        int k = Math.min(n - done, end - pos);
        System.arraycopy(buffer, pos, out, done, k);
        pos += k;
        done += k;
      }
      return out;
    }

    void skip(long n) throws IOException {
      while (n > 0) {
        if (pos == end && !fill()) {
          throw new IOException("git cat-file: object cut short");
        }
        int k = (int) Math.min(n, end - pos);
        pos += k;
        n -= k;
      }
    }
  }

  /**
   * Streams the texts through a {@code cat-file --batch} of their own, all ids written ahead by
   * another thread, so git reads while the caller works: about five times faster than one request
   * at a time. Should the process fail, the rest are read one by one.
   */
  @Override
  public void texts(List<TreeFile> files, BiConsumer<TreeFile, Optional<String>> each) {
    if (jgitOpen.getAsBoolean()) {
      super.texts(files, each); // one at a time, by JGit (see read)
      return;
    }
    List<String> ids = new ArrayList<>();
    for (TreeFile f : files) {
      Entry e = readable(f);
      if (e != null) {
        ids.add(e.id());
      }
    }
    Process batch = null;
    Answers in = null;
    try {
      if (!ids.isEmpty()) {
        batch =
            GitCli.start(
                null,
                List.of("--git-dir=" + gitDir, "cat-file", "--batch", "--buffer"),
                Map.of("GIT_NO_LAZY_FETCH", "1"));
        batch.getErrorStream().close();
        in = new Answers(batch.getInputStream());
        OutputStream out = batch.getOutputStream();
        BackgroundWork.start(() -> writeIds(out, ids), "shipshape-cat-file");
      }
    } catch (IOException e) {
      in = null;
    }
    try {
      for (TreeFile f : files) {
        Entry e = readable(f);
        if (e == null) {
          each.accept(f, Optional.empty());
          continue;
        }
        byte[] bytes = null;
        boolean answered = false;
        if (in != null) {
          try {
            bytes = answer(in, e.id(), (int) MAX_TEXT_BYTES);
            answered = true;
          } catch (IOException | RuntimeException ex) {
            in = null; // the stream is lost: the rest one by one
          }
        }
        each.accept(f, answered ? Optional.ofNullable(bytes).flatMap(Text::decode) : text(f));
      }
    } finally {
      if (batch != null) {
        batch.destroy();
      }
    }
  }

  private static Void writeIds(OutputStream out, List<String> ids) {
    try (OutputStream o = new java.io.BufferedOutputStream(out, 1 << 16)) {
      for (String id : ids) {
        o.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
      }
    } catch (IOException e) {
      // the reader stopped early (or git went away): it reads the rest another way
    }
    return null;
  }

  private void stop() {
    if (catFile != null) {
      try {
        requests.close();
      } catch (IOException e) {
        // the process is going anyway
      }
      catFile.destroy();
      catFile = null;
    }
  }

  @Override
  public synchronized void close() {
    stop();
  }
}
