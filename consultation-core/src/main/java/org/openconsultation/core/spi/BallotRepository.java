package org.openconsultation.core.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.LimitReachedException;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/**
 * Stores ballots and keeps each contribution's {@link Tally} in step with them.
 *
 * <p>{@link #put} and {@link #remove} are compound: each writes the ballot, moves the tally and
 * (for {@code put}) checks the participant's limit as one atomic step, even when called outside a
 * transaction and from many threads at once. Afterwards the stored tally always equals a recount of
 * the stored ballots.
 */
public interface BallotRepository {

  /**
   * Casts or changes {@code ballot}: replaces this participant's ballot on this contribution if
   * there is one, and moves the tally from the old value to the new.
   *
   * <p>If the new ballot {@linkplain org.openconsultation.core.model.Ballot#countsTowardLimit()
   * counts toward the limit}, {@code limit} is above zero, and the participant's other ballots of
   * this consultation that count toward it already number {@code limit} or more, nothing is written
   * and {@link LimitReachedException} (code {@code vote.limit-reached}) is thrown.
   *
   * @return the ballot it replaced, if any
   */
  Optional<BallotRecord> put(BallotRecord ballot, int limit);

  /**
   * Retracts this participant's ballot on this contribution and moves the tally back.
   *
   * @return the ballot removed, or empty if there was none (then nothing changes)
   */
  Optional<BallotRecord> remove(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant);

  /** This participant's ballot on this contribution. */
  Optional<BallotRecord> find(
      ConsultationId consultation, ContributionId contribution, ParticipantId participant);

  /** How many of the participant's ballots in this consultation count toward the limit. */
  long countTowardLimit(ConsultationId consultation, ParticipantId participant);

  /** The stored tally of a contribution (empty if it has no ballot). */
  Tally tally(ConsultationId consultation, ContributionId contribution);

  /** Streams the stored tallies of every contribution that has at least one ballot. */
  void forEachTally(ConsultationId consultation, Consumer<? super Tally> action);

  /** Streams the consultation's ballots, by contribution then participant. */
  void forEachBallot(ConsultationId consultation, Consumer<? super BallotRecord> action);

  /** Streams one participant's ballots in this consultation. */
  void forEachBallotOf(
      ConsultationId consultation,
      ParticipantId participant,
      Consumer<? super BallotRecord> action);

  /**
   * Recomputes every tally from the ballots, without changing anything; compare with the stored
   * tallies to detect drift.
   */
  default Map<ContributionId, Tally> recount(ConsultationId consultation) {
    Map<ContributionId, Tally> tallies = new HashMap<>();
    forEachBallot(
        consultation,
        b ->
            tallies.merge(
                b.contributionId(),
                Tally.empty(b.contributionId()).plus(b.ballot(), 1),
                (old, one) -> old.plus(b.ballot(), 1)));
    return tallies;
  }
}
