package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConflictException;
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
 * it again cannot apply it twice. A failure of the commit itself leaves the outcome unknown: a port
 * call that knows how to look for its own effect does so on a fresh connection and returns normally
 * if it finds it; anything else reports {@link StorageException#outcomeUnknown()}.
 */
final class Transactor implements Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private final ThreadLocal<@Nullable Connection> bound = new ThreadLocal<>();

  Transactor(
      DataSource dataSource,
      Dialect dialect,
      int maxAttempts,
      Duration firstBackoff,
      Duration maxBackoff) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** Looks for a write's effect after its commit failed; true when it is there. */
  @FunctionalInterface
  interface EffectCheck {
    boolean isApplied(Connection connection) throws SQLException;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (bound.get() != null) {
      return work.get();
    }
    return transaction(connection -> work.get(), null, true);
  }

  /** Whether the calling thread is inside a transaction. */
  boolean active() {
    return bound.get() != null;
  }

  /**
   * A port write: joins the thread's transaction, or runs in one of its own (retried; after an
   * unknown commit outcome, {@code check} decides whether it took effect).
   */
  <T> T write(SqlWork<T> work, @Nullable EffectCheck check) {
    Connection connection = bound.get();
    if (connection != null) {
      return apply(connection, work);
    }
    return transaction(c -> apply(c, work), check, true);
  }

  /** A port write without an effect check. */
  <T> T write(SqlWork<T> work) {
    return write(work, null);
  }

  /** A port read: joins the thread's transaction, or runs on an auto-commit connection. */
  <T> T read(SqlWork<T> work) {
    Connection joined = bound.get();
    if (joined != null) {
      return apply(joined, work);
    }
    for (int attempt = 1; ; attempt++) {
      Connection connection = open();
      try {
        if (!connection.getAutoCommit()) {
          connection.setAutoCommit(true);
        }
        return apply(connection, work);
      } catch (SQLException e) {
        throw storageFailure(e);
      } catch (StorageException e) {
        if (!retryable(e, attempt)) {
          throw e;
        }
        pause(attempt, e);
      } finally {
        close(connection);
      }
    }
  }

  /**
   * A streaming read: joins the thread's transaction, or opens one (a cursor needs it on
   * PostgreSQL) in which the consumer's own calls into the store join too. Never retried: rows may
   * have been handed out already.
   */
  void stream(SqlWork<Void> work) {
    Connection connection = bound.get();
    if (connection != null) {
      apply(connection, work);
      return;
    }
    transaction(c -> apply(c, work), null, false);
  }

  private <T> T apply(Connection connection, SqlWork<T> work) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /**
   * The domain exception for an SQL failure no port anticipated: a conflict for a duplicate key, a
   * storage failure otherwise.
   */
  static RuntimeException translate(SQLException e) {
    if (Failures.isUniqueViolation(e)) {
      return new ConflictException("storage.duplicate-key", "a unique key is taken: " + e);
    }
    return storageFailure(e);
  }

  private static StorageException storageFailure(SQLException e) {
    return new StorageException("the database failed: " + e.getMessage(), e, false);
  }

  private <T> T transaction(SqlWork<T> work, @Nullable EffectCheck check, boolean retry) {
    for (int attempt = 1; ; attempt++) {
      Connection connection = open();
      boolean committing = false;
      @Nullable T result = null;
      boolean haveResult = false;
      try {
        begin(connection);
        bound.set(connection);
        result = work.apply(connection);
        haveResult = true;
        committing = true;
        connection.commit();
        return result;
      } catch (Throwable thrown) {
        bound.remove();
        Throwable failure = thrown instanceof SQLException e ? translate(e) : thrown;
        if (!committing) {
          rollBack(connection, failure);
          if (retry && failure instanceof StorageException se && retryable(se, attempt)) {
            pause(attempt, se);
            continue;
          }
          throw unchecked(failure);
        }
        SQLException sql = Failures.sqlCause(failure);
        if (sql != null && Failures.isTransient(sql) && retry && attempt < maxAttempts) {
          // Refused at commit (serialization failure): rolled back for sure.
          pause(attempt, failure);
          continue;
        }
        if (check != null && haveResult) {
          if (applied(check, failure)) {
            LOG.info("The commit failed but its effect is stored: taking it as done", failure);
            return result;
          }
          if (retry && attempt < maxAttempts) {
            LOG.warn("The commit failed and its effect is absent: running it again", failure);
            pause(attempt, failure);
            continue;
          }
        }
        throw new StorageException(
            "the commit failed; whether it took effect is unknown: " + failure.getMessage(),
            failure,
            true);
      } finally {
        bound.remove();
        close(connection);
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

  private boolean applied(EffectCheck check, Throwable commitFailure) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      return check.isApplied(connection);
    } catch (SQLException | RuntimeException e) {
      commitFailure.addSuppressed(e);
      throw new StorageException(
          "the commit failed and its effect could not be checked: " + commitFailure.getMessage(),
          commitFailure,
          true);
    }
  }

  private boolean retryable(StorageException failure, int attempt) {
    if (failure.outcomeUnknown() || attempt >= maxAttempts) {
      return false;
    }
    SQLException sql = Failures.sqlCause(failure);
    return sql != null && (Failures.isTransient(sql) || Failures.isConnectionLost(sql));
  }

  private void pause(int attempt, Throwable failure) {
    long cap = Math.min(maxBackoff.toNanos(), firstBackoff.toNanos() << Math.min(attempt - 1, 20));
    long nanos = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    LOG.debug("Transient failure on attempt {}, retrying in {} µs", attempt, nanos / 1000, failure);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageException("interrupted while waiting to retry", failure, false);
    }
  }

  private Connection open() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StorageException("cannot get a connection: " + e.getMessage(), e, false);
    }
  }

  private void begin(Connection connection) throws SQLException {
    if (dialect == Dialect.MARIADB
        && connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
      // The default REPEATABLE READ locks gaps: locking reads of absent ballots would deadlock.
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }
    connection.setAutoCommit(false);
  }

  private static void rollBack(Connection connection, Throwable failure) {
    try {
      if (!connection.isClosed() && !connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void close(Connection connection) {
    try {
      if (!connection.isClosed() && !connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Could not restore auto-commit", e);
    }
    try {
      connection.close();
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Could not close a connection", e);
    }
  }
}
