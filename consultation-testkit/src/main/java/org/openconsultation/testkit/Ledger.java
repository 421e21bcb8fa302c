package org.openconsultation.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.event.DomainEventListener;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Tally;

/**
 * What the concurrent voters were told happened, from the stores' return values or the engine's
 * events: ballots created, changed and retracted, value by value. From it follow the number of
 * ballots and the tallies the store must hold. Thread-safe.
 */
final class Ledger implements DomainEventListener {

  private final Map<ContributionId, Map<String, Long>> net = new HashMap<>();
  private long ballots;
  private long casts;
  private long retractions;

  /** A cast that replaced {@code previous} (null: a new ballot) by {@code value}. */
  synchronized void cast(ContributionId contribution, Ballot value, @Nullable Ballot previous) {
    casts++;
    move(contribution, value, 1);
    if (previous == null) {
      ballots++;
    } else {
      move(contribution, previous, -1);
    }
  }

  /** A retraction of {@code previous}. */
  synchronized void retracted(ContributionId contribution, Ballot previous) {
    retractions++;
    ballots--;
    move(contribution, previous, -1);
  }

  @Override
  public void onEvent(DomainEvent event) {
    if (event instanceof DomainEvent.BallotCast cast) {
      cast(cast.contribution(), cast.ballot(), cast.previous());
    } else if (event instanceof DomainEvent.BallotRetracted retracted) {
      retracted(retracted.contribution(), retracted.previous());
    }
  }

  synchronized long ballots() {
    return ballots;
  }

  synchronized long casts() {
    return casts;
  }

  synchronized long retractions() {
    return retractions;
  }

  /** The tallies these moves leave, for contributions with at least one ballot. */
  synchronized Map<ContributionId, Tally> tallies() {
    Map<ContributionId, Tally> tallies = new HashMap<>();
    net.forEach(
        (contribution, counts) -> {
          long supports =
              counts.getOrDefault("support", 0L)
                  + counts.getOrDefault("approval", 0L)
                  + counts.getOrDefault("for", 0L);
          long oppositions = counts.getOrDefault("against", 0L);
          long neutrals = counts.getOrDefault("neutral", 0L);
          List<Long> grades = new ArrayList<>();
          for (int g = 0; g < Ballot.MAX_GRADES; g++) {
            grades.add(counts.getOrDefault("grade-" + g, 0L));
          }
          Tally tally = new Tally(contribution, supports, oppositions, neutrals, grades);
          if (tally.ballots() > 0) {
            tallies.put(contribution, tally);
          }
        });
    return tallies;
  }

  private void move(ContributionId contribution, Ballot value, long delta) {
    net.computeIfAbsent(contribution, c -> new HashMap<>()).merge(value.value(), delta, Long::sum);
  }
}
