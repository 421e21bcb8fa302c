package org.openconsultation.jdbc;

import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.NotFoundException;

/**
 * The two writes most tables need: insert a row whose key must be new, update a row that must
 * exist. Each runs through the {@link Transactor} with the check that finds its effect after a lost
 * commit, and fails with the codes every store uses: {@code <aggregate>.duplicate} and {@code
 * <aggregate>.not-found}.
 */
final class RowWrites {

  private final Db db;
  private final Transactor tx;

  RowWrites(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
  }

  /** Inserts one row; a conflict if its key is taken. */
  void insert(String aggregate, Object id, String sql, Db.Binding values, EffectCheck stored) {
    tx.write(
        c -> {
          if (!db.insertIfAbsent(c, sql, values)) {
            throw new ConflictException(
                aggregate + ".duplicate", aggregate + " " + id + " already exists");
          }
          return null;
        },
        stored);
  }

  /** Updates one row; not found if no row has its key. */
  void update(String aggregate, Object id, String sql, Db.Binding values, EffectCheck stored) {
    tx.write(
        c -> {
          if (db.update(c, sql, values) == 0) {
            throw new NotFoundException(
                aggregate + ".not-found", aggregate + " " + id + " does not exist");
          }
          return null;
        },
        stored);
  }
}
