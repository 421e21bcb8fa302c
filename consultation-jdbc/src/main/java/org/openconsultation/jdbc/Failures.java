package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.StorageException;

/**
 * Reads what an {@link SQLException} means, whatever the database: a unique-key violation, a
 * transient failure worth retrying (serialization failure, deadlock, lock timeout), or a lost
 * connection; and the domain exception it becomes.
 */
final class Failures {

  /** SQLStates of transient failures: serialization failure, deadlock (PostgreSQL, H2, MariaDB). */
  private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01");

  /** MariaDB/MySQL deadlock and lock wait timeout. */
  private static final Set<Integer> MARIADB_TRANSIENT_CODES = Set.of(1213, 1205);

  /** H2: lock timeout, deadlock, concurrent update. */
  private static final Set<Integer> H2_TRANSIENT_CODES = Set.of(50200, 40001, 90131);

  /**
   * PostgreSQL sessions ended by the server: admin shutdown, crash shutdown, cannot connect now.
   */
  private static final Set<String> SESSION_ENDED_STATES = Set.of("57P01", "57P02", "57P03");

  private Failures() {}

  /**
   * The domain exception for an SQL failure no port anticipated: a conflict for a duplicate key, a
   * storage failure otherwise.
   */
  static RuntimeException translate(SQLException e) {
    if (isUniqueViolation(e)) {
      return new ConflictException("storage.duplicate-key", "a unique key is taken: " + e);
    }
    return storageFailure(e);
  }

  /** A storage failure that changed nothing. */
  static StorageException storageFailure(SQLException e) {
    return new StorageException("the database failed: " + e.getMessage(), e, false);
  }

  /** Whether {@code e} (or a cause) reports a duplicate key. */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException s : chain(e)) {
      if ("23505".equals(s.getSQLState()) || s.getErrorCode() == 1062) {
        return true;
      }
    }
    return false;
  }

  /** Whether running the whole transaction again may succeed: serialization, deadlock, lock. */
  static boolean isTransient(SQLException e) {
    for (SQLException s : chain(e)) {
      if (TRANSIENT_STATES.contains(s.getSQLState())
          || MARIADB_TRANSIENT_CODES.contains(s.getErrorCode())
          || H2_TRANSIENT_CODES.contains(s.getErrorCode())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the connection is lost (network, server shutdown, session killed). */
  static boolean isConnectionLost(SQLException e) {
    for (SQLException s : chain(e)) {
      String state = s.getSQLState();
      if (s instanceof SQLNonTransientConnectionException
          || s instanceof SQLTransientConnectionException
          || s instanceof SQLRecoverableException
          || (state != null && (state.startsWith("08") || SESSION_ENDED_STATES.contains(state)))
          || s.getErrorCode() == 90067) {
        return true;
      }
    }
    return false;
  }

  /** The first {@link SQLException} among {@code failure} and its causes, if any. */
  static @Nullable SQLException sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static Iterable<SQLException> chain(SQLException e) {
    java.util.List<SQLException> all = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && all.size() < 20; t = t.getCause()) {
      if (t instanceof SQLException s) {
        all.add(s);
        SQLException next = s.getNextException();
        if (next != null && next != s) {
          all.add(next);
        }
      }
    }
    return all;
  }
}
