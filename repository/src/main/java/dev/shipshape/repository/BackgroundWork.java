package dev.shipshape.repository;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work done on another thread (git processes, the cache file, checks run side by side):
 * its own exceptions come back as they were thrown, not wrapped.
 */
public final class BackgroundWork {
  private BackgroundWork() {}

  /** Starts the work now on a daemon thread named {@code name}; see {@link #await}. */
  public static <T> java.util.concurrent.FutureTask<T> start(
      java.util.concurrent.Callable<T> work, String name) {
    return start(new java.util.concurrent.FutureTask<>(work), name);
  }

  /** Starts the task now on a daemon thread named {@code name}; see {@link #await}. */
  public static <T> java.util.concurrent.FutureTask<T> start(
      java.util.concurrent.FutureTask<T> task, String name) {
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return task;
  }

  /**
   * The task's result; {@code doing} names the work in the message when the wait is interrupted.
   */
  public static <T> T await(Future<T> task, String doing) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
