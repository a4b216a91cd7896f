package dev.shipshape.repository;

import dev.shipshape.model.Window;
import org.eclipse.jgit.errors.StopWalkException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Keeps commits whose committer time lies in the window, both ends included. In a walk sorted
 * newest first, it ends the walk after {@link #SLOP} commits in a row older than the window, as
 * {@code git log --since} does: JGit's {@code CommitTimeRevFilter.between} walks to the root, which
 * costs more than the window itself on a long history, while {@code after} stops at the first
 * commit with a skewed clock.
 */
final class CommitWindowFilter extends RevFilter {
  static final int SLOP = 5;

  private final long since;
  private final long until;
  private int tooOld;

  CommitWindowFilter(Window window) {
    this(
        window.since() == null ? Long.MIN_VALUE : window.since().getEpochSecond(),
        window.until() == null ? Long.MAX_VALUE : window.until().getEpochSecond());
  }

  private CommitWindowFilter(long since, long until) {
    this.since = since;
    this.until = until;
  }

  /** The same rule for a {@link CommitWalk}; one filter per walk (it counts). */
  static CommitWalk.Filter of(Window window) {
    CommitWindowFilter f = new CommitWindowFilter(window);
    return c -> {
      try {
        return f.include(c.commitTime().getEpochSecond());
      } catch (StopWalkException e) {
        throw new CommitWalk.Stop();
      }
    };
  }

  @Override
  public boolean include(RevWalk walker, RevCommit commit) {
    return include(commit.getCommitTime());
  }

  private boolean include(long time) {
    if (time < since) {
      if (++tooOld >= SLOP) {
        throw StopWalkException.INSTANCE;
      }
      return false;
    }
    tooOld = 0;
    return time <= until;
  }

  @Override
  public boolean requiresCommitBody() {
    return false;
  }

  @Override
  public RevFilter clone() {
    return new CommitWindowFilter(since, until);
  }

  @Override
  public String toString() {
    return "CommitWindowFilter(" + since + ".." + until + ")";
  }
}
