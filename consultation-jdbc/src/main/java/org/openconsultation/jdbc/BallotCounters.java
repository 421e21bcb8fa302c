package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;

/**
 * The counters a ballot moves, each by one single-statement increment in the ballot's transaction,
 * never read-modify-written: a contribution's row in {@code oc_tally}, and a participant's row in
 * {@code oc_vote_quota} (the ballots that count toward the limit). A missing row is created on its
 * first move. The quota row is also the lock that keeps the limit under concurrency.
 */
final class BallotCounters {

  private final Db db;
  private final String createQuota;
  private final String moveQuota;
  private final String moveQuotaWithinLimit;
  private final String quota;
  private final String quotaForUpdate;
  private final String createTally;
  private final String moveTally;

  BallotCounters(Db db) {
    this.db = db;
    this.createQuota =
        db.sql(
            "INSERT INTO {p}vote_quota (consultation_id, participant_id, toward_limit)"
                + " VALUES (?, ?, 0)");
    this.moveQuota =
        db.sql(
            "UPDATE {p}vote_quota SET toward_limit = toward_limit + ?"
                + " WHERE consultation_id = ? AND participant_id = ?");
    this.moveQuotaWithinLimit =
        db.sql(
            "UPDATE {p}vote_quota SET toward_limit = toward_limit + 1"
                + " WHERE consultation_id = ? AND participant_id = ? AND toward_limit < ?");
    this.quota =
        db.sql(
            "SELECT toward_limit AS n FROM {p}vote_quota"
                + " WHERE consultation_id = ? AND participant_id = ?");
    this.quotaForUpdate = quota + " FOR UPDATE";
    StringBuilder increments = new StringBuilder();
    StringBuilder placeholders = new StringBuilder();
    for (String column : Ballots.TALLY_COLUMNS) {
      increments.append(increments.length() == 0 ? "" : ", ").append(column);
      increments.append(" = ").append(column).append(" + ?");
      placeholders.append(", ?");
    }
    this.createTally =
        db.sql(
            "INSERT INTO {p}tally (consultation_id, contribution_id, "
                + String.join(", ", Ballots.TALLY_COLUMNS)
                + ") VALUES (?, ?"
                + placeholders
                + ")");
    this.moveTally =
        db.sql(
            "UPDATE {p}tally SET "
                + increments
                + " WHERE consultation_id = ? AND contribution_id = ?");
  }

  /** The participant's ballots that count toward the limit, as stored (0 without a row). */
  long quota(Connection c, ConsultationId consultation, ParticipantId participant)
      throws SQLException {
    return db.number(c, quota, key(consultation, participant));
  }

  /** As {@link #quota}, locking the row until the transaction ends. */
  long lockQuota(Connection c, ConsultationId consultation, ParticipantId participant)
      throws SQLException {
    return db.one(c, quotaForUpdate, key(consultation, participant), row -> row.number("n"))
        .orElse(0L);
  }

  /** Adds one to the quota if it stays within {@code limit}; false if the limit is reached. */
  boolean moveQuotaWithinLimit(
      Connection c, ConsultationId consultation, ParticipantId participant, int limit)
      throws SQLException {
    Db.Binding within = b -> b.uuid(consultation.value()).text(participant.value()).integer(limit);
    if (db.update(c, moveQuotaWithinLimit, within) == 1) {
      return true;
    }
    Db.Binding key = key(consultation, participant);
    if (db.one(c, quota, key, row -> row.number("n")).isPresent()) {
      return false;
    }
    // The participant's first counted ballot: create the row (or find it created meanwhile).
    db.insertIfAbsent(c, createQuota, key);
    return db.update(c, moveQuotaWithinLimit, within) == 1;
  }

  /** Moves the quota by {@code delta}, creating the row for a first counted ballot. */
  void moveQuota(Connection c, ConsultationId consultation, ParticipantId participant, int delta)
      throws SQLException {
    Db.Binding move = b -> b.integer(delta).uuid(consultation.value()).text(participant.value());
    if (db.update(c, moveQuota, move) == 0 && delta > 0) {
      db.insertIfAbsent(c, createQuota, key(consultation, participant));
      db.update(c, moveQuota, move);
    }
  }

  /** Moves each tally counter by its delta, in {@link Ballots#TALLY_COLUMNS} order. */
  void moveTally(
      Connection c, ConsultationId consultation, ContributionId contribution, long[] deltas)
      throws SQLException {
    boolean moves = false;
    for (long delta : deltas) {
      moves |= delta != 0;
    }
    if (!moves) {
      return;
    }
    Db.Binding update =
        b -> {
          for (long delta : deltas) {
            b.number(delta);
          }
          b.uuid(consultation.value()).uuid(contribution.value());
        };
    if (db.update(c, moveTally, update) == 1) {
      return;
    }
    Db.Binding create =
        b -> {
          b.uuid(consultation.value()).uuid(contribution.value());
          for (long delta : deltas) {
            b.number(delta);
          }
        };
    if (!db.insertIfAbsent(c, createTally, create) && db.update(c, moveTally, update) != 1) {
      throw new SQLException("the tally of " + contribution + " cannot be moved");
    }
  }

  private static Db.Binding key(ConsultationId consultation, ParticipantId participant) {
    return b -> b.uuid(consultation.value()).text(participant.value());
  }
}
