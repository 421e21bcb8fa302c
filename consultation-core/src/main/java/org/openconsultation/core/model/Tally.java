package org.openconsultation.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The counts of one contribution's ballots.
 *
 * @param contributionId the contribution
 * @param supports supports, approvals and votes for
 * @param oppositions votes against
 * @param neutrals neutral votes
 * @param grades how many ballots gave each majority-judgment grade, index 0 being the worst grade;
 *     trailing zeros are trimmed, so equal tallies are equal records
 */
public record Tally(
    ContributionId contributionId,
    long supports,
    long oppositions,
    long neutrals,
    List<Long> grades) {

  /** Checks the counts are not negative and normalises the grade histogram. */
  public Tally {
    Objects.requireNonNull(contributionId, "contributionId");
    Checks.require(
        supports >= 0 && oppositions >= 0 && neutrals >= 0,
        "min",
        "tally",
        "counts must not be negative");
    grades = trim(grades);
  }

  /** A tally with no ballot. */
  public static Tally empty(ContributionId contributionId) {
    return new Tally(contributionId, 0, 0, 0, List.of());
  }

  /** The number of ballots that gave {@code grade}. */
  public long grade(int grade) {
    return grade < grades.size() ? grades.get(grade) : 0;
  }

  /** The number of ballots counted. */
  public long ballots() {
    return supports + oppositions + neutrals + grades.stream().mapToLong(Long::longValue).sum();
  }

  /** This tally with {@code delta} (+1 or -1) ballots of the given value. */
  public Tally plus(Ballot ballot, int delta) {
    if (ballot instanceof Ballot.Grade g) {
      List<Long> next = new ArrayList<>(grades);
      while (next.size() <= g.grade()) {
        next.add(0L);
      }
      next.set(g.grade(), next.get(g.grade()) + delta);
      return new Tally(contributionId, supports, oppositions, neutrals, next);
    }
    if (ballot instanceof Ballot.Position p && p.side() == Ballot.Side.AGAINST) {
      return new Tally(contributionId, supports, oppositions + delta, neutrals, grades);
    }
    if (ballot instanceof Ballot.Position p && p.side() == Ballot.Side.NEUTRAL) {
      return new Tally(contributionId, supports, oppositions, neutrals + delta, grades);
    }
    // Supports, approvals and votes for.
    return new Tally(contributionId, supports + delta, oppositions, neutrals, grades);
  }

  private static List<Long> trim(List<Long> grades) {
    int end = grades.size();
    while (end > 0 && grades.get(end - 1) == 0L) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      Checks.require(grades.get(i) >= 0, "min", "tally", "counts must not be negative");
    }
    return List.copyOf(grades.subList(0, end));
  }
}
