package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Looks, on a fresh auto-commit connection, for what one write left in the database: true when it
 * is there. Used after a commit whose answer was lost, to learn whether the commit went through.
 */
@FunctionalInterface
interface EffectCheck {

  /** Whether the write's effect is stored. */
  boolean isApplied(Connection connection) throws SQLException;
}
