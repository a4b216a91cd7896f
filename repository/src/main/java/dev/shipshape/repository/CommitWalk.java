package dev.shipshape.repository;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * A walk over commits newest (by committer time) first, with the rules of JGit's {@code RevWalk}
 * sorted by commit time: commits of equal time in the order they were queued, the parents of
 * excluded commits excluded too, and a few commits scanned past the point where only excluded ones
 * remain, for clock skew. It reads commits through {@code lookup} — the per-commit cache, or the
 * object database for what the cache lacks — so a repeated scan walks memory instead of packs.
 */
final class CommitWalk {
  /** Commits scanned once only excluded ones are queued (JGit's PendingGenerator.OVER_SCAN). */
  private static final int OVER_SCAN = 5 + 1;

  /** Which commits a walk produces; {@link Stop} ends the walk. */
  @FunctionalInterface
  interface Filter {
    boolean include(CommitInfo commit);
  }

  /** Thrown by a filter to end the walk, as JGit's StopWalkException. */
  static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  private static final class Node {
    final String id;
    CommitInfo info;
    Node[] parents; // null until parsed
    long time;
    long order;
    boolean seen;
    boolean excluded;

    Node(String id) {
      this.id = id;
    }
  }

  private final Function<String, CommitInfo> lookup;
  private final Map<String, Node> nodes = new HashMap<>();
  private final PriorityQueue<Node> pending =
      new PriorityQueue<>(
          (a, b) ->
              a.time != b.time ? Long.compare(b.time, a.time) : Long.compare(a.order, b.order));
  private long sequence;
  private long lastTime = Long.MAX_VALUE;
  private int overScan = OVER_SCAN;

  /** {@code lookup} returns null for a commit the repository does not have. */
  CommitWalk(Function<String, CommitInfo> lookup) {
    this.lookup = lookup;
  }

  /** Parses the commit (its parents become known); false when the repository lacks it. */
  boolean has(String id) {
    return parse(node(id)) != null;
  }

  private Node node(String id) {
    return nodes.computeIfAbsent(id, Node::new);
  }

  private Node parse(Node n) {
    if (n.parents == null) {
      CommitInfo info = lookup.apply(n.id);
      if (info == null) {
        return null;
      }
      n.info = info;
      n.time = info.commitTime().getEpochSecond();
      List<String> ids = info.parents();
      n.parents = new Node[ids.size()];
      for (int i = 0; i < n.parents.length; i++) {
        n.parents[i] = node(ids.get(i));
      }
      if (n.excluded) {
        carryExclusion(n); // excluded before its parents were known: they are excluded too
      }
    }
    return n;
  }

  /** Starts the walk at the commit (ignored when the repository lacks it). */
  void markStart(String id) {
    Node n = parse(node(id));
    if (n != null) {
      start(n);
    }
  }

  private void start(Node n) {
    if (n.seen) {
      return;
    }
    n.seen = true;
    enqueue(n);
  }

  /** Excludes the commit and everything reachable from it. */
  void markExcluded(String id) {
    Node n = parse(node(id));
    if (n != null) {
      n.excluded = true;
      carryExclusion(n);
      start(n);
    }
  }

  private void enqueue(Node n) {
    n.order = sequence++;
    pending.add(n);
  }

  /** Marks the parents excluded, and theirs when already parsed (JGit's carryFlags). */
  private static void carryExclusion(Node from) {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(from);
    while (!todo.isEmpty()) {
      Node c = todo.pop();
      if (c.parents == null) {
        continue;
      }
      for (Node p : c.parents) {
        if (!p.excluded) {
          p.excluded = true;
          todo.push(p);
        }
      }
    }
  }

  /** Every commit the walk produces, in order. */
  List<CommitInfo> run(Filter filter) {
    List<CommitInfo> out = new ArrayList<>();
    try {
      for (CommitInfo c = next(filter); c != null; c = next(filter)) {
        out.add(c);
      }
    } catch (Stop stop) {
      // the filter ended the walk
    }
    return out;
  }

  /** The next commit the filter includes, or null at the end. */
  CommitInfo next(Filter filter) {
    while (true) {
      Node c = pending.poll();
      if (c == null) {
        return null;
      }
      boolean produce = !c.excluded && filter.include(c.info);
      for (Node p : c.parents) {
        if (p.seen) {
          continue;
        }
        if (parse(p) == null) {
          continue; // not in the repository (a partial or damaged clone): the walk ends there
        }
        p.seen = true;
        enqueue(p);
      }
      if (c.excluded) {
        carryExclusion(c);
        if (everyPendingExcluded()) {
          Node n = pending.peek();
          if (n != null && n.time >= lastTime) {
            overScan = OVER_SCAN; // too close to call: keep looking
          } else if (--overScan == 0) {
            return null;
          }
        } else {
          overScan = OVER_SCAN;
        }
        continue;
      }
      if (produce) {
        lastTime = c.time;
        return c.info;
      }
    }
  }

  private boolean everyPendingExcluded() {
    for (Node n : pending) {
      if (!n.excluded) {
        return false;
      }
    }
    return true;
  }
}
