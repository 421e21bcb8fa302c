package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The transaction bound to a thread: its connection, and the {@link EffectCheck} of every write
 * made in it. After a commit whose answer was lost, the checks tell what happened: the transaction
 * is atomic, so either every write's effect is stored (it committed) or none is (it did not).
 */
final class Effects {

  /** What a lost commit did, as far as the checks can tell. */
  enum Outcome {
    /** Every write's effect is stored (or nothing was written): the commit went through. */
    APPLIED,
    /** No write's effect is stored: the database rolled the transaction back. */
    ABSENT,
    /** Some effects are stored and some not, a write had no check, or a check failed. */
    UNKNOWN
  }

  private final Connection connection;
  private final List<EffectCheck> checks = new ArrayList<>();
  private boolean unchecked;

  Effects(Connection connection) {
    this.connection = connection;
  }

  /** The transaction's connection. */
  Connection connection() {
    return connection;
  }

  /** Records a write that succeeded; {@code check} null means its effect cannot be looked for. */
  void wrote(@Nullable EffectCheck check) {
    if (check == null) {
      unchecked = true;
    } else {
      checks.add(check);
    }
  }

  /**
   * Runs every check on a connection from {@code connections} and says what the lost commit did. A
   * failure of the checks themselves is added to {@code commitFailure} as suppressed.
   */
  Outcome resolve(Connections connections, Throwable commitFailure) {
    if (unchecked) {
      return Outcome.UNKNOWN;
    }
    if (checks.isEmpty()) {
      return Outcome.APPLIED; // nothing was written, so nothing can have been lost
    }
    int found = 0;
    try (Connection fresh = connections.openAutoCommit()) {
      for (EffectCheck check : checks) {
        if (check.isApplied(fresh)) {
          found++;
        }
      }
    } catch (SQLException | RuntimeException e) {
      commitFailure.addSuppressed(e);
      return Outcome.UNKNOWN;
    }
    if (found == checks.size()) {
      return Outcome.APPLIED;
    }
    return found == 0 ? Outcome.ABSENT : Outcome.UNKNOWN;
  }
}
