package org.openconsultation.core.ranking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ParticipantId;

/**
 * How often participants voted on a contribution after they were shown it, by the position at which
 * they first saw it: the raw figures to measure position bias (and to correct it, for example by
 * dividing by each position's rate).
 *
 * <p>A pair (participant, contribution) is first shown at the position of its earliest exposure
 * (the smallest position when several share that instant). Its ballot counts for that position if
 * it was cast at or after that instant; a ballot cast before any exposure of its pair, or without
 * one, is counted in {@link #unattributedBallots()}.
 *
 * @param positions one row per position at which something was shown, by position
 * @param unattributedBallots ballots cast without an earlier exposure of the same pair
 */
public record PositionBias(List<Row> positions, long unattributedBallots) {

  /** Copies the rows. */
  public PositionBias {
    positions = List.copyOf(positions);
  }

  /**
   * The figures of one position.
   *
   * @param position the position, from 1
   * @param impressions how many times something was shown at this position
   * @param firstShown how many (participant, contribution) pairs were first shown here
   * @param voted how many of those pairs have a ballot cast at or after that first exposure
   * @param supported how many of those ballots are supports, approvals or votes for
   */
  public record Row(int position, long impressions, long firstShown, long voted, long supported) {

    /** The share of pairs first shown here that were then voted on (0 if none). */
    public double voteRate() {
      return firstShown == 0 ? 0 : (double) voted / firstShown;
    }

    /** The share of pairs first shown here that were then supported (0 if none). */
    public double supportRate() {
      return firstShown == 0 ? 0 : (double) supported / firstShown;
    }
  }

  /** A report to fill with exposures and ballots, in any order. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects exposures and ballots; not thread-safe; its memory grows with the pairs seen. */
  public static final class Builder {

    private final Map<Pair, Shown> firstShown = new HashMap<>();
    private final Map<Pair, Cast> ballots = new HashMap<>();
    private final Map<Integer, Long> impressions = new TreeMap<>();

    private Builder() {}

    /** A participant was shown a contribution at a position (from 1) at an instant. */
    public Builder exposure(
        ParticipantId participant, ContributionId contribution, int position, Instant at) {
      Objects.requireNonNull(at, "at");
      if (position < 1) {
        throw new IllegalArgumentException("positions start at 1");
      }
      impressions.merge(position, 1L, Long::sum);
      firstShown.merge(
          new Pair(participant, contribution),
          new Shown(position, at),
          (a, b) -> b.isBefore(a) ? b : a);
      return this;
    }

    /** A participant's ballot on a contribution, first cast at {@code castAt}. */
    public Builder ballot(
        ParticipantId participant, ContributionId contribution, Ballot ballot, Instant castAt) {
      Objects.requireNonNull(ballot, "ballot");
      Objects.requireNonNull(castAt, "castAt");
      ballots.merge(
          new Pair(participant, contribution),
          new Cast(castAt, ballot.countsTowardLimit()),
          (a, b) -> b.at().isBefore(a.at()) ? b : a);
      return this;
    }

    /** The report. */
    public PositionBias build() {
      Map<Integer, long[]> rows = new TreeMap<>();
      impressions.keySet().forEach(p -> rows.put(p, new long[3]));
      firstShown.values().forEach(s -> rows.get(s.position())[0]++);
      long unattributed = 0;
      for (Map.Entry<Pair, Cast> e : ballots.entrySet()) {
        Shown shown = firstShown.get(e.getKey());
        Cast cast = e.getValue();
        if (shown == null || cast.at().isBefore(shown.at())) {
          unattributed++;
          continue;
        }
        long[] row = rows.get(shown.position());
        row[1]++;
        if (cast.support()) {
          row[2]++;
        }
      }
      List<Row> out = new ArrayList<>(rows.size());
      rows.forEach((p, r) -> out.add(new Row(p, impressions.get(p), r[0], r[1], r[2])));
      return new PositionBias(out, unattributed);
    }
  }

  private record Pair(ParticipantId participant, ContributionId contribution) {
    Pair {
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(contribution, "contribution");
    }
  }

  private record Shown(int position, Instant at) {
    boolean isBefore(Shown other) {
      int byTime = at.compareTo(other.at);
      return byTime < 0 || (byTime == 0 && position < other.position);
    }
  }

  private record Cast(Instant at, boolean support) {}
}
