package org.openconsultation.jdbc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;
import org.openconsultation.core.spi.BallotRepository;

/**
 * Ballots in {@code oc_ballot}, one per (consultation, contribution, participant) by its primary
 * key; tallies in {@code oc_tally} and per-participant limit counters in {@code oc_vote_quota},
 * both moved by single-statement increments in the ballot's transaction ({@link BallotSeats},
 * {@link BallotCounters}). Reads of many rows stream with a cursor.
 */
final class JdbcBallots implements BallotRepository {

  private final Db db;
  private final Transactor tx;
  private final BallotCounters counters;
  private final BallotSeats seats;
  private final String tally;
  private final String tallies;
  private final String ballots;
  private final String ballotsOf;
  private final String recount;

  JdbcBallots(Db db, Transactor tx) {
    this.db = db;
    this.tx = tx;
    this.counters = new BallotCounters(db);
    this.seats = new BallotSeats(db, counters);
    StringBuilder total = new StringBuilder();
    for (String column : Ballots.TALLY_COLUMNS) {
      total.append(total.length() == 0 ? "" : " + ").append(column);
    }
    String select =
        "SELECT contribution_id, " + String.join(", ", Ballots.TALLY_COLUMNS) + " FROM {p}tally";
    this.tally = db.sql(select + " WHERE consultation_id = ? AND contribution_id = ?");
    this.tallies =
        db.sql(
            select + " WHERE consultation_id = ? AND " + total + " > 0 ORDER BY contribution_id");
    this.ballots =
        db.sql(
            "SELECT "
                + Ballots.COLUMNS
                + " FROM {p}ballot WHERE consultation_id = ?"
                + " ORDER BY contribution_id, participant_id");
    this.ballotsOf =
        db.sql(
            "SELECT "
                + Ballots.COLUMNS
                + " FROM {p}ballot WHERE consultation_id = ? AND participant_id = ?"
                + " ORDER BY contribution_id");
    this.recount =
        db.sql(
            "SELECT contribution_id, ballot_value, COUNT(*) AS n FROM {p}ballot"
                + " WHERE consultation_id = ? GROUP BY contribution_id, ballot_value"
                + " ORDER BY contribution_id");
  }

  /** After a lost commit: the seat holds this ballot, written at this time. */
  @Override
  public Optional<BallotRecord> put(BallotRecord ballot, int limit) {
    return tx.write(
        c -> Optional.ofNullable(seats.put(c, ballot, limit)),
        c ->
            seats
                .find(c, ballot.consultationId(), ballot.contributionId(), ballot.participant())
                .filter(stored -> stored.ballot().equals(ballot.ballot()))
                .filter(stored -> stored.updatedAt().equals(Codec.stored(ballot.updatedAt())))
                .isPresent());
  }

  /** After a lost commit: the seat is empty. */
  @Override
  public Optional<BallotRecord> remove(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return tx.write(
        c -> seats.remove(c, consultation, contribution, participant),
        c -> seats.find(c, consultation, contribution, participant).isEmpty());
  }

  @Override
  public Optional<BallotRecord> find(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return tx.read(c -> seats.find(c, consultation, contribution, participant));
  }

  @Override
  public long countTowardLimit(ConsultationId consultation, ParticipantId participant) {
    return tx.read(c -> counters.quota(c, consultation, participant));
  }

  @Override
  public Tally tally(ConsultationId consultation, ContributionId contribution) {
    return tx.read(
        c ->
            db.one(
                    c,
                    tally,
                    b -> b.uuid(consultation.value()).uuid(contribution.value()),
                    Ballots::mapTally)
                .orElse(Tally.empty(contribution)));
  }

  @Override
  public void forEachTally(ConsultationId consultation, Consumer<? super Tally> action) {
    tx.stream(
        c -> {
          db.stream(c, tallies, b -> b.uuid(consultation.value()), Ballots::mapTally, action);
          return null;
        });
  }

  @Override
  public void forEachBallot(ConsultationId consultation, Consumer<? super BallotRecord> action) {
    tx.stream(
        c -> {
          db.stream(c, ballots, b -> b.uuid(consultation.value()), Ballots::map, action);
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
              Ballots::map,
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
    Map<ContributionId, long[]> counts = new HashMap<>();
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
                long[] values =
                    counts.computeIfAbsent(
                        e.getKey(), id -> new long[Ballots.TALLY_COLUMNS.length]);
                values[Ballots.column(e.getValue().getKey())] += e.getValue().getValue();
              });
          return null;
        });
    Map<ContributionId, Tally> tallies = new HashMap<>();
    counts.forEach((id, values) -> tallies.put(id, Ballots.tally(id, values)));
    return tallies;
  }
}
