package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;

/**
 * Casts, changes and retracts one participant's ballot on one contribution (its seat), on the
 * caller's connection and transaction. The seat is locked first ({@code SELECT … FOR UPDATE}, or
 * the insert of a new ballot), so two changes of one ballot run one after the other and each sees
 * the other's result; then the quota, then the tally: locks are always taken in that order.
 */
final class BallotSeats {

  private final Db db;
  private final BallotCounters counters;
  private final String find;
  private final String lock;
  private final String insert;
  private final String change;
  private final String delete;

  BallotSeats(Db db, BallotCounters counters) {
    this.db = db;
    this.counters = counters;
    this.find = db.sql("SELECT " + Ballots.COLUMNS + " FROM {p}ballot" + Ballots.SEAT);
    this.lock = find + " FOR UPDATE";
    this.insert =
        db.sql("INSERT INTO {p}ballot (" + Ballots.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
    this.change =
        db.sql("UPDATE {p}ballot SET ballot_value = ?, cast_at = ?, updated_at = ?" + Ballots.SEAT);
    this.delete = db.sql("DELETE FROM {p}ballot" + Ballots.SEAT);
  }

  /** The stored ballot of this seat, without locking it. */
  Optional<BallotRecord> find(
      Connection c,
      ConsultationId consultation,
      ContributionId contribution,
      ParticipantId participant)
      throws SQLException {
    return db.one(c, find, Ballots.seat(consultation, contribution, participant), Ballots::map);
  }

  /**
   * Writes {@code ballot} in its seat and moves the counters; returns the ballot it replaced. A
   * ballot that counts toward the limit moves the quota only while it stays within {@code limit};
   * otherwise nothing is written (a new ballot is deleted again) and the limit is reported.
   */
  @Nullable BallotRecord put(Connection c, BallotRecord ballot, int limit) throws SQLException {
    ConsultationId consultation = ballot.consultationId();
    ParticipantId participant = ballot.participant();
    Db.Binding seat = Ballots.seat(consultation, ballot.contributionId(), participant);
    @Nullable BallotRecord old = null;
    boolean locked = false;
    for (int attempt = 0; attempt < 5 && !locked; attempt++) {
      old = db.one(c, lock, seat, Ballots::map).orElse(null);
      locked = old != null || db.insertIfAbsent(c, insert, b -> Ballots.bindAll(b, ballot));
    }
    if (!locked) {
      throw new SQLException("could not lock the ballot seat", "40001");
    }
    boolean oldCounts = old != null && old.ballot().countsTowardLimit();
    boolean newCounts = ballot.ballot().countsTowardLimit();
    int delta = (newCounts ? 1 : 0) - (oldCounts ? 1 : 0);
    if (newCounts && limit > 0 && delta == 0) {
      // A counted ballot changed to another counted one: allowed while the others are below it.
      if (counters.lockQuota(c, consultation, participant) - 1 >= limit) {
        throw limitReached(ballot, limit);
      }
    } else if (newCounts && limit > 0) {
      if (!counters.moveQuotaWithinLimit(c, consultation, participant, limit)) {
        if (old == null) {
          db.update(c, delete, seat);
        }
        throw limitReached(ballot, limit);
      }
    } else if (delta != 0) {
      counters.moveQuota(c, consultation, participant, delta);
    }
    if (old != null) {
      db.update(
          c,
          change,
          b -> {
            b.text(Ballots.value(ballot.ballot()))
                .instant(ballot.castAt())
                .instant(ballot.updatedAt());
            seat.bind(b);
          });
    }
    counters.moveTally(
        c,
        consultation,
        ballot.contributionId(),
        Ballots.deltas(old == null ? null : old.ballot(), ballot.ballot()));
    return old;
  }

  /** Deletes the seat's ballot, if any, and moves the counters back; returns what it deleted. */
  Optional<BallotRecord> remove(
      Connection c,
      ConsultationId consultation,
      ContributionId contribution,
      ParticipantId participant)
      throws SQLException {
    Db.Binding seat = Ballots.seat(consultation, contribution, participant);
    Optional<BallotRecord> old = db.one(c, lock, seat, Ballots::map);
    if (old.isPresent()) {
      db.update(c, delete, seat);
      if (old.get().ballot().countsTowardLimit()) {
        counters.moveQuota(c, consultation, participant, -1);
      }
      counters.moveTally(c, consultation, contribution, Ballots.deltas(old.get().ballot(), null));
    }
    return old;
  }

  private static LimitReachedException limitReached(BallotRecord ballot, int limit) {
    return new LimitReachedException(
        "vote.limit-reached",
        ballot.participant() + " already used the " + limit + " votes allowed");
  }
}
