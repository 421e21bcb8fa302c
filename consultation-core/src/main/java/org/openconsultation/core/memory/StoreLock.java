package org.openconsultation.core.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The store's one lock and the undo log of the transaction that holds it.
 *
 * <p>Every port method runs under the lock, so a single call is atomic. A transaction holds the
 * lock from start to end, which makes transactions serializable; nested transactions join the outer
 * one. Writes record how to undo themselves with {@link #undoOnRollback}; outside a transaction
 * nothing is recorded and the write stands as soon as the call returns.
 */
final class StoreLock {

  private final ReentrantLock lock = new ReentrantLock();

  /** The open transaction's undo actions, newest first; null when none is open. */
  private @Nullable Deque<Runnable> undoLog;

  /**
   * Runs {@code work} holding the lock; if it throws, undoes its writes in reverse order and
   * rethrows the same exception. A nested call joins the transaction already open.
   */
  <T> T inTransaction(Supplier<T> work) {
    lock.lock();
    try {
      if (undoLog != null) {
        return work.get();
      }
      Deque<Runnable> log = new ArrayDeque<>();
      undoLog = log;
      try {
        return work.get();
      } catch (Throwable failure) {
        undoLog = null;
        rollBack(log, failure);
        throw failure;
      } finally {
        undoLog = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code action} holding the lock and returns its result. */
  <T> T call(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code action} holding the lock. */
  void run(Runnable action) {
    lock.lock();
    try {
      action.run();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Records how to undo a write just made, if a transaction is open. Called with the lock held,
   * after the write succeeded.
   */
  void undoOnRollback(Runnable undo) {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("a write must hold the store's lock");
    }
    if (undoLog != null) {
      undoLog.push(undo);
    }
  }

  private static void rollBack(Deque<Runnable> log, Throwable failure) {
    for (Runnable undo : log) {
      try {
        undo.run();
      } catch (RuntimeException | Error undoFailure) {
        failure.addSuppressed(undoFailure);
      }
    }
  }
}
