package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.entry;
import static org.openconsultation.core.ranking.Items.grades;
import static org.openconsultation.core.ranking.Items.references;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Majority judgment and Fabre's three variants on one example, on the default six-grade scale
 * (grade 0 the worst, 5 the best). Each histogram counts the grades 0 to 5.
 */
class MajorityJudgmentRuleTest {

  /**
   * Sorted grades, lower median at position ⌊(n − 1) / 2⌋, p above and q below:
   *
   * <pre>
   * C-1 1 2 2 3 3 3 3 4 4 5   median 3, p 0.3, q 0.3  (3=)
   * C-2 2 2 2 3 3 3 3 4 4 4   median 3, p 0.3, q 0.3  (3=)
   * C-3 2 2 3 3 3 3 3 4 4 4   median 3, p 0.3, q 0.2  (3+)
   * C-4 0 1 2 3 3 3 4 4 4 4   median 3, p 0.4, q 0.3  (3+)
   * C-5 (no grade)
   * C-6 4 4 5                 median 4, p 1/3, q 0    (4+)
   * C-7 0 0 0 1 1 1 3 3 3 3   median 1, p 0.4, q 0.3  (1+)
   * C-8 2 2 2 2 3 3 3 3 3 4   median 3, p 0.1, q 0.4  (3-)
   * </pre>
   */
  static final List<RankingItem> EXAMPLE =
      List.of(
          grades(1, 0, 1, 2, 4, 2, 1),
          grades(2, 0, 0, 3, 4, 3, 0),
          grades(3, 0, 0, 2, 5, 3, 0),
          grades(4, 1, 1, 1, 3, 4, 0),
          grades(5),
          grades(6, 0, 0, 0, 0, 2, 1),
          grades(7, 3, 3, 0, 4, 0, 0),
          grades(8, 0, 0, 4, 5, 1, 0));

  @Test
  void majorityJudgmentBreaksTiesByGaugeThenByMajorityValue() {
    List<RankingEntry> entries = new MajorityJudgmentRule().rank(EXAMPLE, CONTEXT);

    // C-2 before C-1: their successive medians are 3 3 3 3 2 4 2 4, then 2 for C-2 and 1 for C-1.
    assertThat(references(entries))
        .containsExactly("C-6", "C-4", "C-3", "C-2", "C-1", "C-8", "C-7", "C-5");
    assertThat(entries)
        .extracting(RankingEntry::score)
        .containsExactly(4.0, 3.0, 3.0, 3.0, 3.0, 3.0, 1.0, -1.0);
    assertThat(entry(entries, 4).explanation())
        .isEqualTo("10 grades: majority grade 3, 40% above, 30% below: gauge 3+");
    assertThat(entry(entries, 8).explanation())
        .isEqualTo("10 grades: majority grade 3, 10% above, 40% below: gauge 3-");
    assertThat(entry(entries, 5).explanation()).isEqualTo("no grade");
  }

  @Test
  void typicalJudgmentAddsTheDifferenceOfTheShares() {
    List<RankingEntry> entries = new TypicalJudgmentRule().rank(EXAMPLE, CONTEXT);

    // C-3 and C-4 tie at 3 + 0.1: the lower reference goes first; so do C-1 and C-2 at 3.
    assertThat(references(entries))
        .containsExactly("C-6", "C-3", "C-4", "C-1", "C-2", "C-8", "C-7", "C-5");
    assertThat(entry(entries, 6).score()).isCloseTo(4 + 1.0 / 3, within(1e-12));
    assertThat(entry(entries, 3).score()).isCloseTo(3.1, within(1e-12));
    assertThat(entry(entries, 8).score()).isCloseTo(2.7, within(1e-12));
    assertThat(entry(entries, 5).score()).isEqualTo(-1.0);
    assertThat(entry(entries, 6).explanation())
        .isEqualTo("3 grades: majority grade 4, 33% above, 0% below: typical judgment 4.33");
  }

  @Test
  void usualJudgmentDividesTheDifferenceByTheShareAtTheMedian() {
    List<RankingEntry> entries = new UsualJudgmentRule().rank(EXAMPLE, CONTEXT);

    assertThat(references(entries))
        .containsExactly("C-6", "C-4", "C-3", "C-1", "C-2", "C-8", "C-7", "C-5");
    assertThat(entry(entries, 6).score()).isCloseTo(4.25, within(1e-12)); // 0.5 × (1/3) / (2/3)
    assertThat(entry(entries, 4).score()).isCloseTo(3 + 0.5 / 3, within(1e-12)); // 0.1 / 0.3
    assertThat(entry(entries, 3).score()).isCloseTo(3.1, within(1e-12)); // 0.5 × 0.1 / 0.5
    assertThat(entry(entries, 8).score()).isCloseTo(2.7, within(1e-12)); // 0.5 × −0.3 / 0.5
  }

  @Test
  void centralJudgmentComparesTheRelativeShares() {
    List<RankingEntry> entries = new CentralJudgmentRule().rank(EXAMPLE, CONTEXT);

    assertThat(references(entries))
        .containsExactly("C-6", "C-3", "C-4", "C-1", "C-2", "C-8", "C-7", "C-5");
    assertThat(entry(entries, 6).score()).isEqualTo(4.5); // 0.5 × (1/3) / (1/3)
    assertThat(entry(entries, 3).score()).isCloseTo(3.1, within(1e-12)); // 0.5 × 0.1 / 0.5
    assertThat(entry(entries, 4).score()).isCloseTo(3 + 0.05 / 0.7, within(1e-12));
    assertThat(entry(entries, 1).score()).isEqualTo(3.0);
  }

  @Test
  void gradesAboveTheConfiguredScaleStillCount() {
    // Settings of 4 grades, but a tally holding grade 5: the histogram is taken as it is.
    MajorityGrades g = MajorityGrades.of(grades(1, 0, 0, 0, 0, 0, 3).tally(), 4);
    assertThat(g.median()).isEqualTo(5);
  }

  @Test
  void theMajorityValueComparesSuccessiveMediansWithoutExpandingBallots() {
    MajorityGrades c1 = MajorityGrades.of(0, 1, 2, 4, 2, 1);
    MajorityGrades c2 = MajorityGrades.of(0, 0, 3, 4, 3, 0);
    assertThat(MajorityGrades.compareMajorityValues(c2, c1)).isPositive();
    assertThat(MajorityGrades.compareMajorityValues(c1, c2)).isNegative();
    assertThat(MajorityGrades.compareMajorityValues(c1, c1)).isZero();
    // A million ballots that differ by one grade far from the median compare in a few steps.
    MajorityGrades one = MajorityGrades.of(250_000, 250_000, 0, 250_000, 250_000);
    MajorityGrades other = MajorityGrades.of(250_001, 249_999, 0, 250_000, 250_000);
    assertThat(MajorityGrades.compareMajorityValues(one, other)).isPositive();
    assertThat(MajorityGrades.compareMajorityValues(other, one)).isNegative();
  }
}
