package org.openconsultation.core.research;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.Tally;

/**
 * The last ballot of each voter on each item, in compact arrays, and weighted recounts of them: a
 * weight per voter (bootstrap multiplicity, 0 to remove a voter) and replacement totals.
 */
final class Recount {

  private final int itemCount;
  private final List<String> voters;
  private final int[] voterOf;
  private final int[] itemOf;
  private final Ballot[] ballotOf;

  /** {@code ballots} in time order; {@code itemIndex} maps item ids to their index. */
  Recount(List<TimedBallot> ballots, Map<String, Integer> itemIndex, int itemCount) {
    this.itemCount = itemCount;
    Map<String, Integer> voterIndex = new LinkedHashMap<>();
    Map<Long, Integer> last = new HashMap<>();
    List<Long> keys = new ArrayList<>();
    List<Ballot> values = new ArrayList<>();
    for (TimedBallot b : ballots) {
      int voter = voterIndex.computeIfAbsent(b.voter(), v -> voterIndex.size());
      int item = itemIndex.get(b.item());
      long key = ((long) voter << 32) | item;
      Integer slot = last.get(key);
      if (slot == null) {
        last.put(key, keys.size());
        keys.add(key);
        values.add(b.ballot());
      } else {
        values.set(slot, b.ballot());
      }
    }
    this.voters = List.copyOf(voterIndex.keySet());
    this.voterOf = new int[keys.size()];
    this.itemOf = new int[keys.size()];
    this.ballotOf = values.toArray(new Ballot[0]);
    for (int i = 0; i < keys.size(); i++) {
      voterOf[i] = (int) (keys.get(i) >>> 32);
      itemOf[i] = (int) (long) keys.get(i);
    }
  }

  /** The distinct voters, in order of their first ballot. */
  List<String> voters() {
    return voters;
  }

  /** How many ballots count (one per voter and item). */
  int finalBallots() {
    return ballotOf.length;
  }

  /**
   * The tallies, one per item: each voter's last ballots counted {@code voterWeights[voter]} times
   * (every voter once if null), plus {@code counts[item]}.
   */
  List<Tally> tallies(
      List<ContributionId> ids, int @Nullable [] voterWeights, List<Counts> counts) {
    long[][] acc = new long[itemCount][3 + Ballot.MAX_GRADES];
    for (int i = 0; i < ballotOf.length; i++) {
      int weight = voterWeights == null ? 1 : voterWeights[voterOf[i]];
      if (weight != 0) {
        acc[itemOf[i]][slot(ballotOf[i])] += weight;
      }
    }
    List<Tally> tallies = new ArrayList<>(itemCount);
    for (int item = 0; item < itemCount; item++) {
      long[] a = acc[item];
      Counts c = counts.get(item);
      List<Long> grades = new ArrayList<>(Collections.nCopies(Ballot.MAX_GRADES, 0L));
      for (int g = 0; g < Ballot.MAX_GRADES; g++) {
        grades.set(g, a[3 + g] + c.grade(g));
      }
      tallies.add(
          new Tally(
              ids.get(item),
              a[0] + c.supports(),
              a[1] + c.oppositions(),
              a[2] + c.neutrals(),
              grades));
    }
    return tallies;
  }

  /** 0 supports (support, approval, for), 1 against, 2 neutral, 3 + g grade g. */
  static int slot(Ballot ballot) {
    if (ballot instanceof Ballot.Grade) {
      return 3 + ((Ballot.Grade) ballot).grade();
    }
    if (ballot instanceof Ballot.Position) {
      Ballot.Side side = ((Ballot.Position) ballot).side();
      return side == Ballot.Side.AGAINST ? 1 : side == Ballot.Side.NEUTRAL ? 2 : 0;
    }
    return 0;
  }
}
