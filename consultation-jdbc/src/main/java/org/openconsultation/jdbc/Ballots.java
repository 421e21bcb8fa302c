package org.openconsultation.jdbc;

import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;

/** How ballots are written in {@code oc_ballot.ballot_value} and counted in {@code oc_tally}. */
final class Ballots {

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
}
