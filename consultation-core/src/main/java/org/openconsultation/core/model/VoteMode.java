package org.openconsultation.core.model;

/** How people vote on contributions; decides which {@link Ballot} kinds are accepted. */
public enum VoteMode {
  /** Support ("adhésion"): a participant supports a contribution or not. */
  SUPPORT,
  /** For, against or neutral. */
  FOR_AGAINST,
  /** A grade on the consultation's majority-judgment scale. */
  MAJORITY_JUDGMENT,
  /** Approval: a participant approves as many contributions as they like (up to the limit). */
  APPROVAL;

  /**
   * Whether {@code ballot} is a valid ballot in this mode (grades are checked against the scale).
   */
  public boolean accepts(Ballot ballot) {
    return switch (this) {
      case SUPPORT -> ballot instanceof Ballot.Support;
      case FOR_AGAINST -> ballot instanceof Ballot.Position;
      case MAJORITY_JUDGMENT -> ballot instanceof Ballot.Grade;
      case APPROVAL -> ballot instanceof Ballot.Approval;
    };
  }
}
