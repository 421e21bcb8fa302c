package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.openconsultation.core.model.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, prepares and gives back the host's connections: a transaction's with auto-commit off (and
 * {@code READ COMMITTED} on MariaDB), a read's or a check's with auto-commit on. Giving one back
 * never throws.
 */
final class Connections {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final DataSource dataSource;
  private final Dialect dialect;

  Connections(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** A connection as the pool hands it out; a storage failure if none can be had. */
  Connection open() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new StorageException("cannot get a connection: " + e.getMessage(), e, false);
    }
  }

  /** A connection with auto-commit on, for a check; the caller closes it. */
  Connection openAutoCommit() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      autoCommit(connection);
      return connection;
    } catch (SQLException | RuntimeException e) {
      close(connection);
      throw e;
    }
  }

  /** Turns auto-commit on if it is off. */
  static void autoCommit(Connection connection) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.setAutoCommit(true);
    }
  }

  /** Starts a transaction on {@code connection}. */
  void begin(Connection connection) throws SQLException {
    if (dialect == Dialect.MARIADB
        && connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
      // The default REPEATABLE READ locks gaps: locking reads of absent ballots would deadlock.
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    }
    connection.setAutoCommit(false);
  }

  /** Rolls back, adding a failure to do so to {@code failure} as suppressed. */
  static void rollBack(Connection connection, Throwable failure) {
    try {
      if (!connection.isClosed() && !connection.getAutoCommit()) {
        connection.rollback();
      }
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Restores auto-commit and closes (returns it to the pool), logging what fails. */
  static void close(Connection connection) {
    try {
      if (!connection.isClosed()) {
        autoCommit(connection);
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
