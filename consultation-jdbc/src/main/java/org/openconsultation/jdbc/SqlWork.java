package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on a connection that the caller opened, and will commit or roll back. */
@FunctionalInterface
interface SqlWork<T> {

  /** Does the work; SQL failures are translated by the caller. */
  T apply(Connection connection) throws SQLException;
}
