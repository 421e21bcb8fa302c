package org.openconsultation.core.model;

import java.util.Objects;

/**
 * One participant's vote on one contribution. Which kinds are accepted depends on the
 * consultation's {@link VoteMode}.
 */
public sealed interface Ballot {

  /** The highest grade any majority-judgment scale may have, plus one. */
  int MAX_GRADES = 10;

  /** A support ("adhésion"). */
  static Ballot support() {
    return new Support();
  }

  /** A vote for. */
  static Ballot inFavour() {
    return new Position(Side.FOR);
  }

  /** A vote against. */
  static Ballot against() {
    return new Position(Side.AGAINST);
  }

  /** A neutral vote. */
  static Ballot neutral() {
    return new Position(Side.NEUTRAL);
  }

  /** A grade on the majority-judgment scale, 0 being the worst. */
  static Ballot grade(int grade) {
    return new Grade(grade);
  }

  /** An approval. */
  static Ballot approval() {
    return new Approval();
  }

  /**
   * Whether this ballot counts toward the per-participant support limit: supports, approvals and
   * votes for do; votes against, neutral votes and grades do not.
   */
  default boolean countsTowardLimit() {
    return this instanceof Support
        || this instanceof Approval
        || (this instanceof Position p && p.side() == Side.FOR);
  }

  /** A short stable name of the ballot's value, used in exports: {@code support}, {@code for}… */
  String value();

  /** A support. */
  record Support() implements Ballot {
    @Override
    public String value() {
      return "support";
    }
  }

  /** For, against or neutral. */
  enum Side {
    /** For. */
    FOR,
    /** Against. */
    AGAINST,
    /** Neutral. */
    NEUTRAL
  }

  /**
   * A vote for, against or neutral.
   *
   * @param side the side taken
   */
  record Position(Side side) implements Ballot {
    /** Checks the side is present. */
    public Position {
      Objects.requireNonNull(side, "side");
    }

    @Override
    public String value() {
      return side.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A majority-judgment grade.
   *
   * @param grade from 0 (worst) to the scale's size minus one
   */
  record Grade(int grade) implements Ballot {
    /** Checks the grade is within the largest possible scale. */
    public Grade {
      Checks.require(grade >= 0 && grade < MAX_GRADES, "range", "grade", "must be between 0 and 9");
    }

    @Override
    public String value() {
      return "grade-" + grade;
    }
  }

  /** An approval. */
  record Approval() implements Ballot {
    @Override
    public String value() {
      return "approval";
    }
  }
}
