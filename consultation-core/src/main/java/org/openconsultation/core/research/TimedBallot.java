package org.openconsultation.core.research;

import java.time.Instant;
import java.util.Objects;
import org.openconsultation.core.model.Ballot;

/**
 * One vote as it was cast: who, on which item, what, when. A voter may vote on the same item again;
 * a {@link Dataset} counts only the last of their ballots on each item.
 *
 * @param voter the voter's id in the input (for example pol.is {@code voter-id})
 * @param item the item's id in the input (for example pol.is {@code comment-id})
 * @param ballot the ballot
 * @param at when it was cast
 */
public record TimedBallot(String voter, String item, Ballot ballot, Instant at) {

  /** Checks that no component is null. */
  public TimedBallot {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(ballot, "ballot");
    Objects.requireNonNull(at, "at");
  }
}
