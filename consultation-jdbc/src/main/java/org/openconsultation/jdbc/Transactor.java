package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.StorageException;
import org.openconsultation.core.spi.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions on the host's {@link DataSource}: the outermost {@link #inTransaction} takes one
 * connection, binds it to the thread with auto-commit off, and commits when the work returns;
 * nested calls and every port call made meanwhile on the thread join it. A port call outside a
 * transaction reads on a short auto-commit connection, or writes in a transaction of its own.
 *
 * <p>The outermost transaction runs again, on a fresh connection and after a bounded, jittered,
 * exponential backoff, when a statement fails transiently (serialization failure, deadlock, lock
 * timeout) or loses its connection before the commit: the database then rolled it back, so running
 * it again cannot apply it twice. A failure of the commit itself leaves the outcome unknown: every
 * write made in the transaction left an {@link EffectCheck}, and the checks, run on a fresh
 * connection, decide (see {@link Effects}): all effects stored, the transaction returns normally;
 * none, it runs again; anything else is a {@link StorageException#outcomeUnknown()}.
 */
final class Transactor implements Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final Connections connections;
  private final Retries retries;
  private final ThreadLocal<@Nullable Effects> bound = new ThreadLocal<>();

  Transactor(
      DataSource dataSource,
      Dialect dialect,
      int maxAttempts,
      Duration firstBackoff,
      Duration maxBackoff) {
    this.connections = new Connections(dataSource, dialect);
    this.retries = new Retries(maxAttempts, firstBackoff, maxBackoff);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (bound.get() != null) {
      return work.get();
    }
    return transaction(connection -> work.get(), true);
  }

  /** Whether the calling thread is inside a transaction. */
  boolean active() {
    return bound.get() != null;
  }

  /**
   * A port write: joins the thread's transaction, or runs in one of its own (retried). {@code
   * check} looks for its effect after a lost commit; null when it cannot, which leaves such a
   * commit's outcome unknown.
   */
  <T> T write(SqlWork<T> work, @Nullable EffectCheck check) {
    Effects joined = bound.get();
    if (joined == null) {
      return transaction(connection -> write(work, check), true);
    }
    T result = apply(joined.connection(), work);
    joined.wrote(check);
    return result;
  }

  /** A port read: joins the thread's transaction, or runs on an auto-commit connection. */
  <T> T read(SqlWork<T> work) {
    Effects joined = bound.get();
    if (joined != null) {
      return apply(joined.connection(), work);
    }
    for (int attempt = 1; ; attempt++) {
      Connection connection = connections.open();
      try {
        Connections.autoCommit(connection);
        return apply(connection, work);
      } catch (SQLException e) {
        throw Failures.storageFailure(e);
      } catch (StorageException e) {
        if (!retries.retryable(e, attempt)) {
          throw e;
        }
        retries.pause(attempt, e);
      } finally {
        Connections.close(connection);
      }
    }
  }

  /**
   * A streaming read: joins the thread's transaction, or opens one (a cursor needs it on
   * PostgreSQL) in which the consumer's own calls into the store join too. Never retried: rows may
   * have been handed out already.
   */
  void stream(SqlWork<Void> work) {
    Effects joined = bound.get();
    if (joined != null) {
      apply(joined.connection(), work);
      return;
    }
    transaction(connection -> apply(connection, work), false);
  }

  private static <T> T apply(Connection connection, SqlWork<T> work) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw Failures.translate(e);
    }
  }

  private <T> T transaction(SqlWork<T> work, boolean retry) {
    for (int attempt = 1; ; attempt++) {
      Connection connection = connections.open();
      Effects effects = new Effects(connection);
      boolean committing = false;
      @Nullable T result = null;
      try {
        connections.begin(connection);
        bound.set(effects);
        result = work.apply(connection);
        committing = true;
        connection.commit();
        return result;
      } catch (Throwable thrown) {
        bound.remove();
        Throwable failure = thrown instanceof SQLException e ? Failures.translate(e) : thrown;
        if (!committing) {
          Connections.rollBack(connection, failure);
          if (retry && retries.retryable(failure, attempt)) {
            retries.pause(attempt, failure);
            continue;
          }
          throw unchecked(failure);
        }
        SQLException sql = Failures.sqlCause(failure);
        if (sql != null && Failures.isTransient(sql) && retry && retries.remain(attempt)) {
          // Refused at commit (serialization failure): rolled back for sure.
          retries.pause(attempt, failure);
          continue;
        }
        Effects.Outcome outcome = effects.resolve(connections, failure);
        if (outcome == Effects.Outcome.APPLIED) {
          LOG.info("The commit failed but its effects are stored: taking it as done", failure);
          return result;
        }
        if (outcome == Effects.Outcome.ABSENT) {
          if (retry && retries.remain(attempt)) {
            LOG.warn("The commit failed and its effects are absent: running it again", failure);
            retries.pause(attempt, failure);
            continue;
          }
          throw new StorageException(
              "the commit failed and did not take effect: " + failure.getMessage(), failure, false);
        }
        throw new StorageException(
            "the commit failed; whether it took effect is unknown: " + failure.getMessage(),
            failure,
            true);
      } finally {
        bound.remove();
        Connections.close(connection);
      }
    }
  }

  private static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof RuntimeException e) {
      return e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return new StorageException("the transaction failed: " + failure, failure, false);
  }
}
