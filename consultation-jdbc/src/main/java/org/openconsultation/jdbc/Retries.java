package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.openconsultation.core.model.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a transaction runs again and how long it waits first: at most {@code maxAttempts} runs,
 * after a jittered exponential backoff (half to all of {@code first · 2^(attempt-1)}, capped at
 * {@code max}).
 */
final class Retries {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final int maxAttempts;
  private final Duration first;
  private final Duration max;

  Retries(int maxAttempts, Duration first, Duration max) {
    this.maxAttempts = maxAttempts;
    this.first = first;
    this.max = max;
  }

  /** Whether another run is allowed after run number {@code attempt}. */
  boolean remain(int attempt) {
    return attempt < maxAttempts;
  }

  /**
   * Whether a failure before the commit is worth another run: a transient failure or a lost
   * connection (the database rolled back), with runs left.
   */
  boolean retryable(Throwable failure, int attempt) {
    if (!(failure instanceof StorageException e) || e.outcomeUnknown() || !remain(attempt)) {
      return false;
    }
    SQLException sql = Failures.sqlCause(e);
    return sql != null && (Failures.isTransient(sql) || Failures.isConnectionLost(sql));
  }

  /** Waits before run {@code attempt + 1}. */
  void pause(int attempt, Throwable failure) {
    long cap = Math.min(max.toNanos(), first.toNanos() << Math.min(attempt - 1, 20));
    long nanos = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    LOG.debug("Transient failure on attempt {}, retrying in {} µs", attempt, nanos / 1000, failure);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting to retry", failure, false);
    }
  }
}
