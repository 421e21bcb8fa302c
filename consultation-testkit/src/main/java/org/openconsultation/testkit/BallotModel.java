package org.openconsultation.testkit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.Tally;

/**
 * What a {@link org.openconsultation.core.spi.BallotRepository} should hold, kept as plainly as
 * possible: a sorted map of ballots, with tallies and limit counts recomputed from it on demand. It
 * shares no code with the stores' tally arithmetic ({@link Tally#plus}, {@link
 * Ballot#countsTowardLimit}).
 */
final class BallotModel {

  /** What a put did: the ballot it replaced, or that it hit the limit and changed nothing. */
  record Outcome(Optional<BallotRecord> replaced, boolean limitReached) {
    static Outcome replaced(Optional<BallotRecord> old) {
      return new Outcome(old, false);
    }

    static final Outcome LIMIT_REACHED = new Outcome(Optional.empty(), true);
  }

  private record Seat(ContributionId contribution, ParticipantId participant) {}

  /** By contribution, then participant; the tests' ids sort the same way in every order. */
  private static final Comparator<Seat> ORDER =
      Comparator.comparing((Seat s) -> s.contribution().value())
          .thenComparing(s -> s.participant().value());

  private final Map<Seat, BallotRecord> ballots = new TreeMap<>(ORDER);

  /** Casts or changes a ballot, as {@code BallotRepository.put} promises. */
  Outcome put(BallotRecord ballot, int limit) {
    Seat seat = new Seat(ballot.contributionId(), ballot.participant());
    BallotRecord old = ballots.get(seat);
    if (limit > 0 && counts(ballot.ballot())) {
      long others =
          ballots.entrySet().stream()
              .filter(e -> !e.getKey().equals(seat))
              .filter(e -> e.getKey().participant().equals(ballot.participant()))
              .filter(e -> counts(e.getValue().ballot()))
              .count();
      if (others >= limit) {
        return Outcome.LIMIT_REACHED;
      }
    }
    ballots.put(seat, ballot);
    return Outcome.replaced(Optional.ofNullable(old));
  }

  /** Retracts a ballot, as {@code BallotRepository.remove} promises. */
  Optional<BallotRecord> remove(ContributionId contribution, ParticipantId participant) {
    return Optional.ofNullable(ballots.remove(new Seat(contribution, participant)));
  }

  Optional<BallotRecord> find(ContributionId contribution, ParticipantId participant) {
    return Optional.ofNullable(ballots.get(new Seat(contribution, participant)));
  }

  /** Every ballot, by contribution then participant. */
  List<BallotRecord> ballots() {
    return List.copyOf(ballots.values());
  }

  List<BallotRecord> ballotsOf(ParticipantId participant) {
    return ballots.values().stream().filter(b -> b.participant().equals(participant)).toList();
  }

  long countTowardLimit(ParticipantId participant) {
    return ballotsOf(participant).stream().filter(b -> counts(b.ballot())).count();
  }

  /** The tally of every contribution with at least one ballot. */
  Map<ContributionId, Tally> tallies() {
    Map<ContributionId, List<Ballot>> byContribution = new HashMap<>();
    for (BallotRecord b : ballots.values()) {
      byContribution.computeIfAbsent(b.contributionId(), c -> new ArrayList<>()).add(b.ballot());
    }
    Map<ContributionId, Tally> tallies = new HashMap<>();
    byContribution.forEach((c, values) -> tallies.put(c, count(c, values)));
    return tallies;
  }

  Tally tally(ContributionId contribution) {
    return tallies().getOrDefault(contribution, Tally.empty(contribution));
  }

  private static Tally count(ContributionId contribution, List<Ballot> values) {
    long supports = 0;
    long oppositions = 0;
    long neutrals = 0;
    List<Long> grades = new ArrayList<>();
    for (Ballot value : values) {
      if (value instanceof Ballot.Grade g) {
        while (grades.size() <= g.grade()) {
          grades.add(0L);
        }
        grades.set(g.grade(), grades.get(g.grade()) + 1);
      } else if (value instanceof Ballot.Position p && p.side() == Ballot.Side.AGAINST) {
        oppositions++;
      } else if (value instanceof Ballot.Position p && p.side() == Ballot.Side.NEUTRAL) {
        neutrals++;
      } else {
        supports++;
      }
    }
    return new Tally(contribution, supports, oppositions, neutrals, grades);
  }

  /** Supports, approvals and votes for count toward the limit. */
  private static boolean counts(Ballot value) {
    return value instanceof Ballot.Support
        || value instanceof Ballot.Approval
        || (value instanceof Ballot.Position p && p.side() == Ballot.Side.FOR);
  }
}
