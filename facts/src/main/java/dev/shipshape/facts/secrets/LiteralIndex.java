package dev.shipshape.facts.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds which of up to 64 ASCII literals occur on each line of a text, ignoring ASCII case, in one
 * pass (an Aho-Corasick automaton). It is the cheap pre-filter of the secrets scan: only lines it
 * flags are given to the regular expressions.
 */
final class LiteralIndex {
  private static final int ALPHABET = 128;

  /** A line holding at least one literal: its number, bounds and which literals (a bit each). */
  record Line(int number, int start, int end, long literals) {}

  private final int[] next;
  private final long[] out;

  private LiteralIndex(int[] next, long[] out) {
    this.next = next;
    this.out = out;
  }

  static LiteralIndex of(List<String> literals) {
    if (literals.size() > 64) {
      throw new IllegalArgumentException("at most 64 literals");
    }
    List<int[]> go = new ArrayList<>();
    List<Long> outs = new ArrayList<>();
    go.add(newRow());
    outs.add(0L);
    for (int id = 0; id < literals.size(); id++) {
      int s = 0;
      for (char c : literals.get(id).toLowerCase(Locale.ROOT).toCharArray()) {
        if (c >= ALPHABET) {
          throw new IllegalArgumentException("not ASCII: " + literals.get(id));
        }
        if (go.get(s)[c] < 0) {
          go.get(s)[c] = go.size();
          go.add(newRow());
          outs.add(0L);
        }
        s = go.get(s)[c];
      }
      outs.set(s, outs.get(s) | (1L << id));
    }
    int states = go.size();
    int[] next = new int[states * ALPHABET];
    long[] out = new long[states];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < ALPHABET; c++) {
      int t = go.get(0)[c];
      next[c] = Math.max(t, 0);
      if (t > 0) {
        queue.add(t);
      }
    }
    out[0] = outs.get(0);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out[s] = outs.get(s) | out[fail[s]];
      for (int c = 0; c < ALPHABET; c++) {
        int t = go.get(s)[c];
        if (t > 0) {
          fail[t] = next[fail[s] * ALPHABET + c];
          next[s * ALPHABET + c] = t;
          queue.add(t);
        } else {
          next[s * ALPHABET + c] = next[fail[s] * ALPHABET + c];
        }
      }
    }
    return new LiteralIndex(next, out);
  }

  private static int[] newRow() {
    int[] row = new int[ALPHABET];
    java.util.Arrays.fill(row, -1);
    return row;
  }

  /** The lines that hold any literal, in order. */
  List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int state = 0;
    int number = 1;
    int start = 0;
    long seen = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (seen != 0) {
          lines.add(new Line(number, start, i, seen));
        }
        number++;
        start = i + 1;
        seen = 0;
        state = 0;
        continue;
      }
      if (c >= ALPHABET) {
        state = 0;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      state = next[state * ALPHABET + c];
      seen |= out[state];
    }
    if (seen != 0) {
      lines.add(new Line(number, start, n, seen));
    }
    return lines;
  }
}
