package org.openconsultation.core;

import java.util.Optional;
import java.util.OptionalLong;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Tally;

/**
 * Ballots: one per participant and contribution, changeable and retractable while the consultation
 * is open, on published contributions only, of the kind its vote mode accepts, within the
 * per-participant support limit.
 */
public interface Votes {

  /** Casts or changes the actor's ballot. */
  BallotRecord cast(Actor actor, CastBallot command);

  /**
   * Retracts the actor's ballot; empty if there was none. Works on any contribution, even one
   * hidden or withdrawn since the vote, so that the ballot stops counting toward the limit.
   */
  Optional<BallotRecord> retract(Actor actor, RetractBallot command);

  /** The actor's own ballot on a contribution. */
  Optional<BallotRecord> ballot(Actor actor, ConsultationId consultation, ContributionId id);

  /** How many more supports the actor may give; empty when there is no limit. */
  OptionalLong supportsLeft(Actor actor, ConsultationId consultation);

  /**
   * A contribution's tally. While results are hidden until close, only moderators and organisers
   * may read it before the consultation closes.
   */
  Tally tally(Actor actor, ConsultationId consultation, ContributionId id);
}
