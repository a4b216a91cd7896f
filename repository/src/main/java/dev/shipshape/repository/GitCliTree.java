package dev.shipshape.repository;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private Process catFile; // started on the first read
  private OutputStream requests;
  private InputStream answers;
  private boolean failed;

  private GitCliTree(Path gitDir, Repository repo, String commit, List<Entry> listed) {
    super(listed, 0);
    this.gitDir = gitDir;
    this.repo = repo;
    this.commit = commit;
  }

  /** The commit whose tree this is. */
  String commit() {
    return commit;
  }

  /** The tree of {@code commit}, listed by git; an exception when git could not list it. */
  static GitCliTree list(Repository repo, String commit) throws IOException {
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
    byte[] out;
    try (InputStream in = p.getInputStream()) {
      out = in.readAllBytes();
    } finally {
      p.getErrorStream().close();
    }
    int start = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == 0) {
        listed.add(entry(java.util.Arrays.copyOfRange(out, start, i)));
        start = i + 1;
      }
    }
    if (start != out.length) {
      throw new IOException("git ls-tree: unterminated entry");
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
    return new GitCliTree(gitDir, repo, commit, listed);
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
    if (!failed) {
      try {
        return readByGit(id, limit);
      } catch (IOException | RuntimeException e) {
        failed = true; // the process is in an unknown state: JGit from now on
        stop();
      }
    }
    return GitSnapshot.JGitTree.readBlob(repo, id, limit);
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
      answers = new BufferedInputStream(catFile.getInputStream(), 1 << 16);
    }
    requests.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
    requests.flush();
    String header = line(answers);
    String[] parts = header.split(" ");
    if (parts.length == 2 && parts[1].equals("missing")) {
      return null;
    }
    if (parts.length != 3 || !parts[0].equals(id)) {
      throw new IOException("git cat-file: unexpected answer");
    }
    long size = Long.parseLong(parts[2]);
    byte[] bytes = answers.readNBytes((int) Math.min(size, limit));
    answers.skipNBytes(size - bytes.length);
    if (answers.read() != '\n') {
      throw new IOException("git cat-file: unterminated object");
    }
    return parts[1].equals("blob") ? bytes : null;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder s = new StringBuilder(64);
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0 || s.length() > 200) {
        throw new IOException("git cat-file: no answer");
      }
      s.append((char) b);
    }
    return s.toString();
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
