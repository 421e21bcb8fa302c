package org.openconsultation.core.ranking;

import org.openconsultation.core.model.Tally;

/**
 * The majority-judgment figures of one grade histogram: the lower median grade (the majority
 * grade), the numbers of grades strictly above and strictly below it, and the majority value
 * compared without expanding the ballots.
 */
final class MajorityGrades {

  private final long[] counts;
  private final long[] cumulative;
  private final long total;
  private final int median;
  private final long above;
  private final long below;

  private MajorityGrades(long[] counts) {
    this.counts = counts;
    this.cumulative = new long[counts.length];
    long sum = 0;
    for (int g = 0; g < counts.length; g++) {
      sum += counts[g];
      cumulative[g] = sum;
    }
    this.total = sum;
    this.median = total == 0 ? -1 : gradeAt((total - 1) / 2);
    this.above = total == 0 ? 0 : total - cumulative[median];
    this.below = total == 0 ? 0 : cumulative[median] - counts[median];
  }

  /** The figures of a tally's grades on a scale of {@code gradeCount} grades (or more if used). */
  static MajorityGrades of(Tally tally, int gradeCount) {
    long[] counts = new long[Math.max(gradeCount, tally.grades().size())];
    for (int g = 0; g < counts.length; g++) {
      counts[g] = tally.grade(g);
    }
    return new MajorityGrades(counts);
  }

  /** The figures of a histogram, index 0 being the worst grade. */
  static MajorityGrades of(long... counts) {
    return new MajorityGrades(counts.clone());
  }

  /** The number of grades. */
  long total() {
    return total;
  }

  /** Whether there is no grade at all. */
  boolean isEmpty() {
    return total == 0;
  }

  /** The lower median grade: the grade at sorted position ⌊(n − 1) / 2⌋; −1 without grades. */
  int median() {
    return median;
  }

  /** How many grades are strictly above the median. */
  long above() {
    return above;
  }

  /** How many grades are strictly below the median. */
  long below() {
    return below;
  }

  /** The share p of grades strictly above the median (0 without grades). */
  double aboveShare() {
    return total == 0 ? 0 : (double) above / total;
  }

  /** The share q of grades strictly below the median (0 without grades). */
  double belowShare() {
    return total == 0 ? 0 : (double) below / total;
  }

  /**
   * The majority gauge (Balinski and Laraki): {@code +} when more grades lie above the median than
   * below, {@code −} when fewer, {@code =} when as many.
   */
  String gaugeSign() {
    return above > below ? "+" : above < below ? "-" : "=";
  }

  /** {@code "20 grades: majority grade 4, 35% above, 20% below"}, or {@code "no grade"}. */
  String explain() {
    if (total == 0) {
      return "no grade";
    }
    return Explain.count(total, "grade", "grades")
        + ": majority grade "
        + median
        + ", "
        + Explain.percent(aboveShare())
        + " above, "
        + Explain.percent(belowShare())
        + " below";
  }

  /** The grade at sorted position {@code position} (0-based, worst first). */
  int gradeAt(long position) {
    for (int g = 0; g < counts.length; g++) {
      if (position < cumulative[g]) {
        return g;
      }
    }
    throw new IllegalArgumentException("no grade at position " + position);
  }

  /**
   * Compares by majority gauge: positive when {@code a} ranks above {@code b}. Both must have the
   * same median. A gauge {@code +} (p > q) beats {@code =} (p = q), which beats {@code −} (p < q);
   * between two {@code +} the larger p wins, between two {@code −} the smaller q wins.
   */
  static int compareGauges(MajorityGrades a, MajorityGrades b) {
    int sa = Long.signum(a.above - a.below);
    int sb = Long.signum(b.above - b.below);
    if (sa != sb) {
      return Integer.compare(sa, sb);
    }
    if (sa > 0) {
      return Double.compare(a.aboveShare(), b.aboveShare());
    }
    if (sa < 0) {
      return Double.compare(b.belowShare(), a.belowShare());
    }
    return 0;
  }

  /**
   * Compares the majority values (Balinski and Laraki): the sequences of lower medians obtained by
   * removing one median grade at a time. Positive when {@code a}'s sequence is lexicographically
   * greater over the common length {@code min(a.total(), b.total())}; 0 when the two agree over it.
   *
   * <p>Removing lower medians takes sorted positions outward from the centre, alternately on both
   * sides; so the grades at even steps move monotonically along one side, and those at odd steps
   * along the other. Each half is compared by jumping from one grade boundary to the next: the
   * comparison costs a few steps per grade, however many ballots there are.
   */
  static int compareMajorityValues(MajorityGrades a, MajorityGrades b) {
    long common = Math.min(a.total, b.total);
    Difference even = firstDifference(a, a.walk(true), b, b.walk(true), (common + 1) / 2);
    Difference odd = firstDifference(a, a.walk(false), b, b.walk(false), common / 2);
    if (even.sign() == 0) {
      return odd.sign();
    }
    if (odd.sign() == 0) {
      return even.sign();
    }
    return even.step() <= odd.step() ? even.sign() : odd.sign(); // step t: even 2t, odd 2t + 1
  }

  /**
   * The walk of the median positions at even (or odd) steps: step {@code t} of the half takes the
   * grade at sorted position {@code start + direction × t}.
   */
  private Walk walk(boolean evenSteps) {
    long c = (total - 1) / 2;
    boolean odd = total % 2 == 1;
    if (evenSteps) {
      return new Walk(c, odd ? 1 : -1);
    }
    return odd ? new Walk(c - 1, -1) : new Walk(c + 1, 1);
  }

  /**
   * The first step below {@code steps} at which the two walks reach different grades, with the sign
   * of the difference; sign 0 when they never do.
   */
  private static Difference firstDifference(
      MajorityGrades a, Walk walkA, MajorityGrades b, Walk walkB, long steps) {
    long t = 0;
    while (t < steps) {
      long pa = walkA.start() + walkA.direction() * t;
      long pb = walkB.start() + walkB.direction() * t;
      int ga = a.gradeAt(pa);
      int gb = b.gradeAt(pb);
      if (ga != gb) {
        return new Difference(t, Integer.compare(ga, gb));
      }
      t +=
          Math.min(
              a.stepsInGrade(ga, pa, walkA.direction()), b.stepsInGrade(gb, pb, walkB.direction()));
    }
    return new Difference(steps, 0);
  }

  /** How many steps, from {@code position} in {@code direction}, stay within {@code grade}. */
  private long stepsInGrade(int grade, long position, long direction) {
    return direction > 0
        ? cumulative[grade] - position
        : position - (cumulative[grade] - counts[grade]) + 1;
  }

  private record Walk(long start, long direction) {}

  private record Difference(long step, int sign) {}
}
