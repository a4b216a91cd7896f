package dev.shipshape.facts.config;

/**
 * Text for a regular expression from a configuration, which may come from the scanned (untrusted)
 * repository: a pattern with catastrophic backtracking would otherwise hang the scan. Every
 * character read counts against a budget; past it, matching stops with an exception that the check
 * runner reports as the check's error.
 */
public final class BoundedText implements CharSequence {
  /** Generous for a linear search of a 1 MiB file; far below what a runaway pattern reads. */
  public static final long DEFAULT_BUDGET = 50_000_000L;

  private final CharSequence text;
  private final long[] left;

  private BoundedText(CharSequence text, long[] left) {
    this.text = text;
    this.left = left;
  }

  public static BoundedText of(CharSequence text) {
    return new BoundedText(text, new long[] {DEFAULT_BUDGET});
  }

  /** The pattern read more of the text than any sensible pattern does. */
  public static final class TooSlow extends RuntimeException {
    TooSlow() {
      super("the pattern backtracks too much to finish; simplify it");
    }
  }

  @Override
  public char charAt(int index) {
    if (--left[0] < 0) {
      throw new TooSlow();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.subSequence(start, end), left);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
