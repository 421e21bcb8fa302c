package org.openconsultation.core.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openconsultation.core.model.Ballot;

/**
 * Ballots known only as totals, not by voter: what a CSV of per-contribution counts gives (see
 * {@link TalliesCsv}). They are added to the recount of a {@link Dataset}'s individual ballots.
 *
 * @param supports supports and votes for
 * @param oppositions votes against
 * @param neutrals neutral votes (pol.is "pass")
 * @param grades how many ballots gave each majority-judgment grade, index 0 being the worst;
 *     trailing zeros are trimmed, so equal counts are equal records
 */
public record Counts(long supports, long oppositions, long neutrals, List<Long> grades) {

  /** No ballot. */
  public static final Counts NONE = new Counts(0, 0, 0, List.of());

  /** Checks the counts are not negative and trims the grade histogram. */
  public Counts {
    if (supports < 0 || oppositions < 0 || neutrals < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    List<Long> copy = List.copyOf(grades);
    if (copy.size() > Ballot.MAX_GRADES) {
      throw new IllegalArgumentException("at most " + Ballot.MAX_GRADES + " grades");
    }
    int end = copy.size();
    while (end > 0 && copy.get(end - 1) == 0L) {
      end--;
    }
    for (Long grade : copy) {
      if (Objects.requireNonNull(grade, "grade") < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
    grades = copy.subList(0, end);
  }

  /** Counts of votes for, against and neutral. */
  public static Counts of(long supports, long oppositions, long neutrals) {
    return new Counts(supports, oppositions, neutrals, List.of());
  }

  /** Counts of majority-judgment grades, index 0 being the worst. */
  public static Counts ofGrades(long... grades) {
    List<Long> list = new ArrayList<>(grades.length);
    for (long grade : grades) {
      list.add(grade);
    }
    return new Counts(0, 0, 0, list);
  }

  /** The number of ballots that gave {@code grade}. */
  public long grade(int grade) {
    return grade < grades.size() ? grades.get(grade) : 0;
  }

  /** The number of ballots counted. */
  public long ballots() {
    return supports + oppositions + neutrals + grades.stream().mapToLong(Long::longValue).sum();
  }
}
