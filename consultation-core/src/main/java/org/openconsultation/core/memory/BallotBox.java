package org.openconsultation.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/**
 * One consultation's ballots with what is derived from them: a tally per contribution that has at
 * least one ballot, and per participant the number of ballots that count toward the limit. {@link
 * #replace} changes all three in one step. Not thread-safe: the store's lock guards it.
 */
final class BallotBox {

  /** Where a ballot sits: at most one per (contribution, participant). */
  record Seat(ContributionId contribution, ParticipantId participant) {

    /** Ordered by contribution, then participant. */
    static final Comparator<Seat> ORDER =
        Comparator.comparing((Seat seat) -> seat.contribution().value(), Order.UUIDS)
            .thenComparing(seat -> seat.participant().value());

    /** The seat of {@code ballot}. */
    static Seat of(BallotRecord ballot) {
      return new Seat(ballot.contributionId(), ballot.participant());
    }
  }

  /** What a consultation without ballots reads from; never written. */
  static final BallotBox EMPTY = new BallotBox();

  private final NavigableMap<Seat, BallotRecord> ballots = new TreeMap<>(Seat.ORDER);
  private final NavigableMap<ContributionId, Tally> tallies =
      new TreeMap<>(Comparator.comparing(ContributionId::value, Order.UUIDS));
  private final Map<ParticipantId, Long> towardLimit = new HashMap<>();

  /** The ballots, by contribution then participant; a live view. */
  Iterable<BallotRecord> ballots() {
    return ballots.values();
  }

  /** The tallies of contributions with at least one ballot, by contribution; a live view. */
  Iterable<Tally> tallies() {
    return tallies.values();
  }

  @Nullable BallotRecord ballot(Seat seat) {
    return ballots.get(seat);
  }

  Tally tally(ContributionId contribution) {
    return tallies.getOrDefault(contribution, Tally.empty(contribution));
  }

  long towardLimit(ParticipantId participant) {
    return towardLimit.getOrDefault(participant, 0L);
  }

  /**
   * Replaces the ballot {@code from} (null: none) at {@code seat} by {@code to} (null: none),
   * moving the tally and the limit counter with it. Replacing {@code to} by {@code from} undoes it.
   */
  void replace(Seat seat, @Nullable BallotRecord from, @Nullable BallotRecord to) {
    if (from != null) {
      ballots.remove(seat);
      move(seat, from.ballot(), -1);
    }
    if (to != null) {
      ballots.put(seat, to);
      move(seat, to.ballot(), 1);
    }
  }

  private void move(Seat seat, Ballot ballot, int delta) {
    ContributionId contribution = seat.contribution();
    Tally next = tally(contribution).plus(ballot, delta);
    if (next.ballots() == 0) {
      tallies.remove(contribution);
    } else {
      tallies.put(contribution, next);
    }
    if (ballot.countsTowardLimit()) {
      towardLimit.merge(
          seat.participant(), (long) delta, (count, change) -> nullIfZero(count + change));
    }
  }

  private static @Nullable Long nullIfZero(long count) {
    return count == 0 ? null : count;
  }
}
