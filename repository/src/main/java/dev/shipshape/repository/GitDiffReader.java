package dev.shipshape.repository;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads commit diffs by streaming {@code git log} from the git CLI when it is installed — several
 * times faster than JGit at line counts (PERFORMANCE-NOTES.md) — and through JGit otherwise. The
 * path-only and line-count reads run as two processes at once, one per core.
 */
final class GitDiffReader implements CommitDiffs {
  /** Nothing configured in the scanned repository may run a program or change the output. */
  private static final List<String> SAFE_LOG =
      List.of(
          "-c", "core.quotePath=false",
          "-c", "log.showSignature=false",
          "-c", "log.showRoot=true",
          "-c", "diff.noprefix=false");

  private static final List<String> LOG_ARGS =
      List.of(
          "log",
          "--no-walk=unsorted",
          "--stdin",
          "--no-renames",
          "--no-ext-diff",
          "--no-textconv",
          "--no-color",
          "--no-abbrev",
          "--diff-merges=first-parent",
          "-z",
          "--format=%x01%H");

  /** Own threads: tasks here block on a process, which the common pool must not. */
  private static final Executor THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "shipshape-git-log");
            t.setDaemon(true);
            return t;
          });

  private final Repository repo;
  private final BooleanSupplier useCli;

  GitDiffReader(Repository repo, boolean useCli) {
    this(repo, () -> useCli);
  }

  /**
   * Whether to use the git CLI is asked on first read: a scan whose diffs are all cached never
   * starts {@code git --version}.
   */
  GitDiffReader(Repository repo, BooleanSupplier useCli) {
    this.repo = repo;
    this.useCli = useCli;
  }

  @Override
  public String reader() {
    return useCli.getAsBoolean() ? "git CLI" : "JGit";
  }

  @Override
  public Map<String, CommitDiff> read(Collection<String> pathsOnly, Collection<String> withLines) {
    Set<String> lines = new LinkedHashSet<>(withLines);
    List<String> paths = pathsOnly.stream().filter(id -> !lines.contains(id)).distinct().toList();
    Map<String, CommitDiff> out = new HashMap<>();
    if (useCli.getAsBoolean()) {
      // Line counts cost most (PERFORMANCE-NOTES): split them over two processes so both cores
      // work; paths alone are cheap and share the cores meanwhile.
      List<String> withCounts = List.copyOf(lines);
      int half = withCounts.size() / 2;
      List<CompletableFuture<Map<String, CommitDiff>>> reads = new ArrayList<>();
      if (!paths.isEmpty()) {
        reads.add(CompletableFuture.supplyAsync(() -> readWithFallback(paths, false), THREADS));
      }
      if (half > 0) {
        List<String> first = withCounts.subList(0, half);
        reads.add(CompletableFuture.supplyAsync(() -> readWithFallback(first, true), THREADS));
      }
      List<String> rest = withCounts.subList(half, withCounts.size());
      if (!rest.isEmpty()) {
        out.putAll(readWithFallback(rest, true));
      }
      try {
        reads.forEach(r -> out.putAll(r.join()));
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException re ? re : e;
      }
    } else {
      out.putAll(readJGit(paths, false));
      out.putAll(readJGit(List.copyOf(lines), true));
    }
    return out;
  }

  private Map<String, CommitDiff> readWithFallback(List<String> ids, boolean withLines) {
    try {
      Map<String, CommitDiff> read = readCli(ids, withLines);
      if (read != null) {
        return read;
      }
    } catch (IOException e) {
      // fall through to JGit: same facts, slower
    }
    return readJGit(ids, withLines);
  }

  /** Null when git failed (an old git, a missing object): the caller reads through JGit. */
  private Map<String, CommitDiff> readCli(List<String> ids, boolean withLines) throws IOException {
    List<String> args = new ArrayList<>(SAFE_LOG);
    args.add("--git-dir=" + repo.getDirectory().getAbsolutePath());
    args.addAll(LOG_ARGS);
    args.add(withLines ? "--numstat" : "--raw");
    Process p = GitCli.start(null, args, Map.of("GIT_NO_LAZY_FETCH", "1"));
    CompletableFuture<Void> feed =
        CompletableFuture.runAsync(
            () -> {
              try (OutputStream in = p.getOutputStream()) {
                byte[] nl = {'\n'};
                for (String id : ids) {
                  in.write(id.getBytes(StandardCharsets.US_ASCII));
                  in.write(nl);
                }
              } catch (IOException e) {
                // git stopped reading: its exit code tells what happened
              }
            },
            THREADS);
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return p.getErrorStream().readAllBytes();
              } catch (IOException e) {
                return new byte[0];
              }
            },
            THREADS);
    Map<String, CommitDiff> out;
    try (InputStream in = new BufferedInputStream(p.getInputStream(), 1 << 16)) {
      out = parse(in, withLines);
    }
    feed.join();
    err.join();
    try {
      if (p.waitFor() != 0) {
        return null;
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading history", e);
    }
    return out.keySet().containsAll(ids) ? out : null;
  }

  /**
   * Parses {@code -z} output: each commit starts with {@code \x01<id>}; with {@code --raw} an entry
   * is {@code :<modes> <ids> <status>} then the path, with {@code --numstat} {@code
   * <added>\t<deleted>\t<path>} ({@code -} for a binary file, counted as 0).
   */
  static Map<String, CommitDiff> parse(InputStream in, boolean withLines) throws IOException {
    TokenParser parser = new TokenParser(withLines);
    // read in blocks and split on NUL: a byte at a time through a stream costs more than git
    byte[] block = new byte[1 << 16];
    byte[] token = new byte[256];
    int length = 0;
    for (int n = in.read(block); n != -1; n = in.read(block)) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (block[i] == 0) {
          int part = i - from;
          if (length + part > token.length) {
            token = java.util.Arrays.copyOf(token, Math.max(token.length * 2, length + part));
          }
          System.arraycopy(block, from, token, length, part);
          length += part;
          parser.accept(new String(token, 0, length, StandardCharsets.UTF_8));
          length = 0;
          from = i + 1;
        }
      }
      int rest = n - from;
      if (length + rest > token.length) {
        token = java.util.Arrays.copyOf(token, Math.max(token.length * 2, length + rest));
      }
      System.arraycopy(block, from, token, length, rest);
      length += rest;
    }
    parser.accept(new String(token, 0, length, StandardCharsets.UTF_8));
    return parser.finish();
  }

  /** The meaning of each NUL-separated token, in order. */
  private static final class TokenParser {
    private final boolean withLines;
    private final Map<String, CommitDiff> out = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private Builder current;
    private boolean pathNext;

    TokenParser(boolean withLines) {
      this.withLines = withLines;
    }

    void accept(String token) {
      int start = 0;
      while (start < token.length() && token.charAt(start) == '\n') {
        start++;
      }
      String t = token.substring(start);
      if (t.isEmpty()) {
        return;
      }
      if (pathNext) {
        current.paths.add(interned.computeIfAbsent(t, k -> k));
        pathNext = false;
      } else if (t.charAt(0) == '\u0001') {
        if (current != null) {
          out.put(current.id, current.build(withLines));
        }
        current = new Builder(t.substring(1).strip());
      } else if (current != null && !withLines && t.charAt(0) == ':') {
        pathNext = true;
      } else if (current != null && withLines) {
        int tab1 = t.indexOf('\t');
        int tab2 = tab1 < 0 ? -1 : t.indexOf('\t', tab1 + 1);
        if (tab2 > 0) {
          current.added += count(t.substring(0, tab1));
          current.deleted += count(t.substring(tab1 + 1, tab2));
          current.paths.add(interned.computeIfAbsent(t.substring(tab2 + 1), k -> k));
        }
      }
    }

    Map<String, CommitDiff> finish() {
      if (current != null) {
        out.put(current.id, current.build(withLines));
      }
      return out;
    }
  }

  private static int count(String s) {
    return "-".equals(s) ? 0 : Integer.parseInt(s);
  }

  private static final class Builder {
    final String id;
    final List<String> paths = new ArrayList<>();
    int added;
    int deleted;

    Builder(String id) {
      this.id = id;
    }

    CommitDiff build(boolean withLines) {
      return new CommitDiff(id, paths, withLines ? added : null, withLines ? deleted : null);
    }
  }

  Map<String, CommitDiff> readJGit(List<String> ids, boolean withLines) {
    Map<String, CommitDiff> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader);
        DiffFormatter df = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      df.setReader(reader, repo.getConfig());
      df.setDetectRenames(false);
      for (String id : ids) {
        RevCommit c;
        try {
          c = walk.parseCommit(ObjectId.fromString(id));
        } catch (MissingObjectException | IllegalArgumentException e) {
          continue;
        }
        AbstractTreeIterator before = new EmptyTreeIterator();
        if (c.getParentCount() > 0) {
          RevCommit parent = walk.parseCommit(c.getParent(0));
          before = new CanonicalTreeParser(null, reader, parent.getTree());
        }
        AbstractTreeIterator after = new CanonicalTreeParser(null, reader, c.getTree());
        List<String> paths = new ArrayList<>();
        int added = 0;
        int deleted = 0;
        for (DiffEntry e : df.scan(before, after)) {
          paths.add(
              e.getChangeType() == DiffEntry.ChangeType.DELETE ? e.getOldPath() : e.getNewPath());
          if (withLines) {
            try {
              for (Edit edit : df.toFileHeader(e).toEditList()) {
                added += edit.getLengthB();
                deleted += edit.getLengthA();
              }
            } catch (MissingObjectException missing) {
              // a blob left out of a partial clone: its lines are not counted
            }
          }
        }
        out.put(
            c.name(),
            new CommitDiff(c.name(), paths, withLines ? added : null, withLines ? deleted : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
