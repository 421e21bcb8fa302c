package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.openconsultation.core.model.ConsultationId;

/**
 * A consultation's reference numbers, from its row in {@code oc_reference_counter}, incremented in
 * the caller's transaction: the row lock orders concurrent allocations, and a rollback gives the
 * number back (which the SPI allows: nobody saw it).
 */
final class ReferenceCounter {

  private final Db db;
  private final String bump;
  private final String create;
  private final String read;
  private final String raise;
  private final String createAt;

  ReferenceCounter(Db db) {
    this.db = db;
    this.bump =
        db.sql(
            "UPDATE {p}reference_counter SET last_number = last_number + 1"
                + " WHERE consultation_id = ?");
    this.create =
        db.sql("INSERT INTO {p}reference_counter (consultation_id, last_number) VALUES (?, 1)");
    this.read =
        db.sql("SELECT last_number AS n FROM {p}reference_counter WHERE consultation_id = ?");
    this.raise =
        db.sql(
            "UPDATE {p}reference_counter SET last_number = ?"
                + " WHERE consultation_id = ? AND last_number < ?");
    this.createAt =
        db.sql("INSERT INTO {p}reference_counter (consultation_id, last_number) VALUES (?, ?)");
  }

  /** Raises the last number allocated to {@code atLeast} if it is lower, creating the row. */
  void advance(Connection c, ConsultationId consultation, long atLeast) throws SQLException {
    for (int attempt = 0; attempt < 3; attempt++) {
      db.update(c, raise, b -> b.number(atLeast).uuid(consultation.value()).number(atLeast));
      if (last(c, consultation) >= atLeast
          || db.insertIfAbsent(c, createAt, b -> b.uuid(consultation.value()).number(atLeast))) {
        return;
      }
      // Another transaction created the counter meanwhile: raise its row.
    }
    throw new SQLException("the reference counter of " + consultation + " cannot be created");
  }

  /** Allocates the next number: 1 for the first, creating the row. */
  long next(Connection c, ConsultationId consultation) throws SQLException {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (db.update(c, bump, b -> b.uuid(consultation.value())) == 1) {
        return last(c, consultation);
      }
      if (db.insertIfAbsent(c, create, b -> b.uuid(consultation.value()))) {
        return 1;
      }
      // Another transaction created the counter meanwhile: its row now exists.
    }
    throw new SQLException("the reference counter of " + consultation + " cannot be created");
  }

  /** The last number allocated, 0 if none. */
  long last(Connection c, ConsultationId consultation) throws SQLException {
    return db.number(c, read, b -> b.uuid(consultation.value()));
  }
}
