package org.openconsultation.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/**
 * How ballots are written in {@code oc_ballot} and counted in {@code oc_tally}: the columns, the
 * stored values, the tally counter each value moves, and the mapping of rows.
 */
final class Ballots {

  /** The columns of {@code oc_ballot}, in the order of {@link #bindAll}. */
  static final String COLUMNS =
      "consultation_id, contribution_id, participant_id, ballot_value, cast_at, updated_at";

  /** The condition that picks one participant's ballot on one contribution: {@link #seat}. */
  static final String SEAT =
      " WHERE consultation_id = ? AND contribution_id = ? AND participant_id = ?";

  /** The tally columns, in the order of {@link #deltas}. */
  static final String[] TALLY_COLUMNS = {
    "supports",
    "oppositions",
    "neutrals",
    "grade_0",
    "grade_1",
    "grade_2",
    "grade_3",
    "grade_4",
    "grade_5",
    "grade_6",
    "grade_7",
    "grade_8",
    "grade_9"
  };

  /** The values that count toward the support limit, as stored. */
  static final String COUNTED_VALUES = "'support', 'approval', 'for'";

  private Ballots() {}

  /** The stored value: {@link Ballot#value()}, such as {@code support} or {@code grade-3}. */
  static String value(Ballot ballot) {
    return ballot.value();
  }

  /** The ballot a stored value stands for. */
  static Ballot parse(String value) {
    switch (value) {
      case "support":
        return Ballot.support();
      case "approval":
        return Ballot.approval();
      case "for":
        return Ballot.inFavour();
      case "against":
        return Ballot.against();
      case "neutral":
        return Ballot.neutral();
      default:
        if (value.startsWith("grade-")) {
          return Ballot.grade(Integer.parseInt(value.substring("grade-".length())));
        }
        throw new IllegalArgumentException("unknown ballot value " + value);
    }
  }

  /** The index in {@link #TALLY_COLUMNS} of the counter {@code ballot} moves. */
  static int column(Ballot ballot) {
    if (ballot instanceof Ballot.Grade g) {
      return 3 + g.grade();
    }
    if (ballot instanceof Ballot.Position p && p.side() == Ballot.Side.AGAINST) {
      return 1;
    }
    if (ballot instanceof Ballot.Position p && p.side() == Ballot.Side.NEUTRAL) {
      return 2;
    }
    return 0;
  }

  /** How much each tally column moves when {@code from} (or none) becomes {@code to} (or none). */
  static long[] deltas(@Nullable Ballot from, @Nullable Ballot to) {
    long[] deltas = new long[TALLY_COLUMNS.length];
    if (from != null) {
      deltas[column(from)]--;
    }
    if (to != null) {
      deltas[column(to)]++;
    }
    return deltas;
  }

  /** The parameters of {@link #SEAT}. */
  static Db.Binding seat(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    return b -> b.uuid(consultation.value()).uuid(contribution.value()).text(participant.value());
  }

  /** The parameters of an insert of {@link #COLUMNS}. */
  static void bindAll(Binder b, BallotRecord ballot) throws SQLException {
    b.uuid(ballot.consultationId().value())
        .uuid(ballot.contributionId().value())
        .text(ballot.participant().value())
        .text(value(ballot.ballot()))
        .instant(ballot.castAt())
        .instant(ballot.updatedAt());
  }

  static BallotRecord map(Row row) throws SQLException {
    return new BallotRecord(
        new ConsultationId(row.uuid("consultation_id")),
        new ContributionId(row.uuid("contribution_id")),
        ParticipantId.of(row.text("participant_id")),
        parse(row.text("ballot_value")),
        row.instant("cast_at"),
        row.instant("updated_at"));
  }

  static Tally mapTally(Row row) throws SQLException {
    return tally(new ContributionId(row.uuid("contribution_id")), counts(row));
  }

  /** The row's tally counters, in {@link #TALLY_COLUMNS} order. */
  static long[] counts(Row row) throws SQLException {
    long[] counts = new long[TALLY_COLUMNS.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = row.number(TALLY_COLUMNS[i]);
    }
    return counts;
  }

  /** The tally whose counters are {@code counts}, in {@link #TALLY_COLUMNS} order. */
  static Tally tally(ContributionId id, long[] counts) {
    Long[] grades = new Long[Ballot.MAX_GRADES];
    for (int g = 0; g < grades.length; g++) {
      grades[g] = counts[3 + g];
    }
    return new Tally(id, counts[0], counts[1], counts[2], List.of(grades));
  }
}
