package org.openconsultation.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.BallotRepository;

/**
 * Ballots in {@code oc_ballot}, one per (consultation, contribution, participant) by its primary
 * key; tallies in {@code oc_tally} and per-participant limit counters in {@code oc_vote_quota},
 * both moved by single-statement increments in the ballot's transaction.
 *
 * <p>{@link #put} first locks the participant's ballot on the contribution ({@code SELECT … FOR
 * UPDATE}, or the insert of a new one), so two changes of one ballot run one after the other and
 * each sees the other's result. A ballot that counts toward the limit then moves the quota row with
 * {@code UPDATE … SET toward_limit = toward_limit + 1 WHERE … AND toward_limit < limit}: that row
 * is the lock that keeps the limit, and no row changed means the limit is reached (the new ballot,
 * if one was inserted, is deleted again before the exception). Locks are always taken in the order
 * ballot, quota, tally.
 */
final class JdbcBallots implements BallotRepository {

  private static final String COLUMNS =
      "consultation_id, contribution_id, participant_id, ballot_value, cast_at, updated_at";
  private static final String SEAT =
      " WHERE consultation_id = ? AND contribution_id = ? AND participant_id = ?";

  private final Db db;
  private final Transactor tx;
  private final String lock;
  private final String find;
  private final String insert;
  private final String change;
  private final String delete;
  private final String createQuota;
  private final String moveQuota;
  private final String moveQuotaWithinLimit;
  private final String quota;
  private final String quotaForUpdate;
  private final String createTally;
  private final String moveTally;
  private final String tally;
  private final String tallies;
  private final String ballots;
  private final String ballotsOf;
  private final String recount;

  JdbcBallots(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.find = db.sql("SELECT " + COLUMNS + " FROM {p}ballot" + SEAT);
    this.lock = find + " FOR UPDATE";
    this.insert = db.sql("INSERT INTO {p}ballot (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
    this.change =
        db.sql("UPDATE {p}ballot SET ballot_value = ?, cast_at = ?, updated_at = ?" + SEAT);
    this.delete = db.sql("DELETE FROM {p}ballot" + SEAT);
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
    String columns = String.join(", ", Ballots.TALLY_COLUMNS);
    StringBuilder increments = new StringBuilder();
    StringBuilder placeholders = new StringBuilder();
    StringBuilder total = new StringBuilder();
    for (String column : Ballots.TALLY_COLUMNS) {
      increments.append(increments.length() == 0 ? "" : ", ").append(column);
      increments.append(" = ").append(column).append(" + ?");
      placeholders.append(", ?");
      total.append(total.length() == 0 ? "" : " + ").append(column);
    }
    this.createTally =
        db.sql(
            "INSERT INTO {p}tally (consultation_id, contribution_id, "
                + columns
                + ") VALUES (?, ?"
                + placeholders
                + ")");
    this.moveTally =
        db.sql(
            "UPDATE {p}tally SET "
                + increments
                + " WHERE consultation_id = ? AND contribution_id = ?");
    String select = "SELECT contribution_id, " + columns + " FROM {p}tally";
    this.tally = db.sql(select + " WHERE consultation_id = ? AND contribution_id = ?");
    this.tallies =
        db.sql(
            select + " WHERE consultation_id = ? AND " + total + " > 0 ORDER BY contribution_id");
    this.ballots =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}ballot WHERE consultation_id = ?"
                + " ORDER BY contribution_id, participant_id");
    this.ballotsOf =
        db.sql(
            "SELECT "
                + COLUMNS
                + " FROM {p}ballot WHERE consultation_id = ? AND participant_id = ?"
                + " ORDER BY contribution_id");
    this.recount =
        db.sql(
            "SELECT contribution_id, ballot_value, COUNT(*) AS n FROM {p}ballot"
                + " WHERE consultation_id = ? GROUP BY contribution_id, ballot_value"
                + " ORDER BY contribution_id");
  }

  @Override
  public Optional<BallotRecord> put(BallotRecord ballot, int limit) {
    return tx.write(
        c -> Optional.ofNullable(put(c, ballot, limit)),
        c ->
            findIn(c, ballot.consultationId(), ballot.contributionId(), ballot.participant())
                .filter(stored -> stored.ballot().equals(ballot.ballot()))
                .filter(stored -> stored.updatedAt().equals(Codec.stored(ballot.updatedAt())))
                .isPresent());
  }

  private @Nullable BallotRecord put(Connection c, BallotRecord ballot, int limit)
      throws SQLException {
    Db.Binding seat = seat(ballot.consultationId(), ballot.contributionId(), ballot.participant());
    @Nullable BallotRecord old = null;
    boolean locked = false;
    for (int attempt = 0; attempt < 5 && !locked; attempt++) {
      old = db.one(c, lock, seat, JdbcBallots::map).orElse(null);
      locked = old != null || db.insertIfAbsent(c, insert, b -> bindAll(b, ballot));
    }
    if (!locked) {
      throw new SQLException("could not lock the ballot seat", "40001");
    }
    boolean oldCounts = old != null && old.ballot().countsTowardLimit();
    boolean newCounts = ballot.ballot().countsTowardLimit();
    int delta = (newCounts ? 1 : 0) - (oldCounts ? 1 : 0);
    if (newCounts && limit > 0 && delta == 0) {
      // A counted ballot changed to another counted one: allowed while the others are below it.
      long used =
          db.one(
                  c,
                  quotaForUpdate,
                  b -> b.uuid(ballot.consultationId().value()).text(ballot.participant().value()),
                  row -> row.number("n"))
              .orElse(0L);
      if (used - 1 >= limit) {
        throw limitReached(ballot, limit);
      }
    } else if (newCounts && limit > 0) {
      if (!moveQuotaWithinLimit(c, ballot.consultationId(), ballot.participant(), limit)) {
        if (old == null) {
          db.update(c, delete, seat);
        }
        throw limitReached(ballot, limit);
      }
    } else if (delta != 0) {
      moveQuota(c, ballot.consultationId(), ballot.participant(), delta);
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
    moveTally(
        c,
        ballot.consultationId(),
        ballot.contributionId(),
        Ballots.deltas(old == null ? null : old.ballot(), ballot.ballot()));
    return old;
  }

  @Override
  public Optional<BallotRecord> remove(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return tx.write(
        c -> {
          Db.Binding seat = seat(consultation, contribution, participant);
          Optional<BallotRecord> old = db.one(c, lock, seat, JdbcBallots::map);
          if (old.isPresent()) {
            db.update(c, delete, seat);
            if (old.get().ballot().countsTowardLimit()) {
              moveQuota(c, consultation, participant, -1);
            }
            moveTally(c, consultation, contribution, Ballots.deltas(old.get().ballot(), null));
          }
          return old;
        },
        c -> findIn(c, consultation, contribution, participant).isEmpty());
  }

  private static LimitReachedException limitReached(BallotRecord ballot, int limit) {
    return new LimitReachedException(
        "vote.limit-reached",
        ballot.participant() + " already used the " + limit + " votes allowed");
  }

  /** Adds one to the quota if it stays within {@code limit}; false if the limit is reached. */
  private boolean moveQuotaWithinLimit(
      Connection c, ConsultationId consultation, ParticipantId participant, int limit)
      throws SQLException {
    Db.Binding within = b -> b.uuid(consultation.value()).text(participant.value()).integer(limit);
    if (db.update(c, moveQuotaWithinLimit, within) == 1) {
      return true;
    }
    Db.Binding key = b -> b.uuid(consultation.value()).text(participant.value());
    if (db.one(c, quota, key, row -> row.number("n")).isPresent()) {
      return false;
    }
    // The participant's first counted ballot: create the row (or find it created meanwhile).
    db.insertIfAbsent(c, createQuota, key);
    return db.update(c, moveQuotaWithinLimit, within) == 1;
  }

  private void moveQuota(
      Connection c, ConsultationId consultation, ParticipantId participant, int delta)
      throws SQLException {
    Db.Binding move = b -> b.integer(delta).uuid(consultation.value()).text(participant.value());
    if (db.update(c, moveQuota, move) == 0 && delta > 0) {
      db.insertIfAbsent(
          c, createQuota, b -> b.uuid(consultation.value()).text(participant.value()));
      db.update(c, moveQuota, move);
    }
  }

  private void moveTally(
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

  @Override
  public Optional<BallotRecord> find(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return tx.read(c -> findIn(c, consultation, contribution, participant));
  }

  private Optional<BallotRecord> findIn(
      Connection c,
      ConsultationId consultation,
      ContributionId contribution,
      ParticipantId participant)
      throws SQLException {
    return db.one(c, find, seat(consultation, contribution, participant), JdbcBallots::map);
  }

  @Override
  public long countTowardLimit(ConsultationId consultation, ParticipantId participant) {
    return tx.read(
        c -> db.number(c, quota, b -> b.uuid(consultation.value()).text(participant.value())));
  }

  @Override
  public Tally tally(ConsultationId consultation, ContributionId contribution) {
    return tx.read(
        c ->
            db.one(
                    c,
                    tally,
                    b -> b.uuid(consultation.value()).uuid(contribution.value()),
                    JdbcBallots::mapTally)
                .orElse(Tally.empty(contribution)));
  }

  @Override
  public void forEachTally(ConsultationId consultation, Consumer<? super Tally> action) {
    tx.stream(
        c -> {
          db.stream(c, tallies, b -> b.uuid(consultation.value()), JdbcBallots::mapTally, action);
          return null;
        });
  }

  @Override
  public void forEachBallot(ConsultationId consultation, Consumer<? super BallotRecord> action) {
    tx.stream(
        c -> {
          db.stream(c, ballots, b -> b.uuid(consultation.value()), JdbcBallots::map, action);
          return null;
        });
  }

  @Override
  public void forEachBallotOf(
      ConsultationId consultation,
      ParticipantId participant,
      Consumer<? super BallotRecord> action) {
    tx.stream(
        c -> {
          db.stream(
              c,
              ballotsOf,
              b -> b.uuid(consultation.value()).text(participant.value()),
              JdbcBallots::map,
              action);
          return null;
        });
  }

  /**
   * Counts the ballots in the database ({@code GROUP BY}), streaming one row per contribution and
   * value: memory grows with the number of contributions, not of ballots.
   */
  @Override
  public Map<ContributionId, Tally> recount(ConsultationId consultation) {
    Map<ContributionId, Tally> tallies = new HashMap<>();
    tx.stream(
        c -> {
          db.stream(
              c,
              recount,
              b -> b.uuid(consultation.value()),
              row ->
                  Map.entry(
                      new ContributionId(row.uuid("contribution_id")),
                      Map.entry(Ballots.parse(row.text("ballot_value")), row.number("n"))),
              e -> {
                ContributionId id = e.getKey();
                Ballot value = e.getValue().getKey();
                long n = e.getValue().getValue();
                Tally before = tallies.getOrDefault(id, Tally.empty(id));
                tallies.put(id, plus(before, value, n));
              });
          return null;
        });
    return tallies;
  }

  private static Tally plus(Tally tally, Ballot value, long n) {
    long[] counts = counts(tally);
    counts[Ballots.column(value)] += n;
    return tally(tally.contributionId(), counts);
  }

  /** The tally's counters in {@link Ballots#TALLY_COLUMNS} order. */
  static long[] counts(Tally tally) {
    long[] counts = new long[Ballots.TALLY_COLUMNS.length];
    counts[0] = tally.supports();
    counts[1] = tally.oppositions();
    counts[2] = tally.neutrals();
    for (int g = 0; g < Ballot.MAX_GRADES; g++) {
      counts[3 + g] = tally.grade(g);
    }
    return counts;
  }

  static Tally tally(ContributionId id, long[] counts) {
    Long[] grades = new Long[Ballot.MAX_GRADES];
    for (int g = 0; g < grades.length; g++) {
      grades[g] = counts[3 + g];
    }
    return new Tally(id, counts[0], counts[1], counts[2], List.of(grades));
  }

  private static Db.Binding seat(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return b -> b.uuid(consultation.value()).uuid(contribution.value()).text(participant.value());
  }

  private static void bindAll(Binder b, BallotRecord ballot) throws SQLException {
    b.uuid(ballot.consultationId().value())
        .uuid(ballot.contributionId().value())
        .text(ballot.participant().value())
        .text(Ballots.value(ballot.ballot()))
        .instant(ballot.castAt())
        .instant(ballot.updatedAt());
  }

  static BallotRecord map(Row row) throws SQLException {
    return new BallotRecord(
        new ConsultationId(row.uuid("consultation_id")),
        new ContributionId(row.uuid("contribution_id")),
        ParticipantId.of(row.text("participant_id")),
        Ballots.parse(row.text("ballot_value")),
        row.instant("cast_at"),
        row.instant("updated_at"));
  }

  static Tally mapTally(Row row) throws SQLException {
    long[] counts = new long[Ballots.TALLY_COLUMNS.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = row.number(Ballots.TALLY_COLUMNS[i]);
    }
    return tally(new ContributionId(row.uuid("contribution_id")), counts);
  }
}
