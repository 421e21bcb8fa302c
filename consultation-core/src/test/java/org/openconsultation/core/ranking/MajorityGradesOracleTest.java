package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The histogram arithmetic of majority judgment against a brute-force oracle that expands the
 * histogram into sorted ballots and removes medians one by one.
 */
class MajorityGradesOracleTest {

  /** Up to ten grades with few ballots each, so that equal medians and ties are common. */
  private static final Gen<List<Integer>> HISTOGRAMS =
      lists().of(integers().between(0, 4)).ofSizeBetween(1, 10);

  private static long[] counts(List<Integer> histogram) {
    return histogram.stream().mapToLong(Integer::longValue).toArray();
  }

  /** The ballots, worst grade first. */
  private static List<Integer> sortedBallots(long[] counts) {
    List<Integer> ballots = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) {
      for (long k = 0; k < counts[g]; k++) {
        ballots.add(g);
      }
    }
    return ballots;
  }

  /** The successive lower medians, removing the median ballot each time. */
  private static List<Integer> majorityValue(long[] counts) {
    List<Integer> ballots = sortedBallots(counts);
    List<Integer> medians = new ArrayList<>();
    while (!ballots.isEmpty()) {
      medians.add(ballots.remove((ballots.size() - 1) / 2));
    }
    return medians;
  }

  @Test
  void theMedianAndTheSharesAroundItMatchTheSortedBallots() {
    qt().forAll(HISTOGRAMS)
        .checkAssert(
            histogram -> {
              long[] counts = counts(histogram);
              List<Integer> ballots = sortedBallots(counts);
              MajorityGrades g = MajorityGrades.of(counts);

              assertThat(g.total()).isEqualTo(ballots.size());
              if (ballots.isEmpty()) {
                assertThat(g.isEmpty()).isTrue();
                assertThat(g.median()).isEqualTo(-1);
                return;
              }
              int median = ballots.get((ballots.size() - 1) / 2);
              assertThat(g.median()).isEqualTo(median);
              assertThat(g.above()).isEqualTo(ballots.stream().filter(b -> b > median).count());
              assertThat(g.below()).isEqualTo(ballots.stream().filter(b -> b < median).count());
              for (int i = 0; i < ballots.size(); i++) {
                assertThat(g.gradeAt(i)).isEqualTo(ballots.get(i));
              }
            });
  }

  @Test
  void theMajorityValueComparisonMatchesRemovingMediansOneByOne() {
    qt().forAll(HISTOGRAMS, HISTOGRAMS)
        .checkAssert(
            (x, y) -> {
              List<Integer> mx = majorityValue(counts(x));
              List<Integer> my = majorityValue(counts(y));
              int expected = 0;
              for (int j = 0; j < Math.min(mx.size(), my.size()) && expected == 0; j++) {
                expected = Integer.compare(mx.get(j), my.get(j));
              }
              int actual =
                  MajorityGrades.compareMajorityValues(
                      MajorityGrades.of(counts(x)), MajorityGrades.of(counts(y)));
              assertThat(Integer.signum(actual)).isEqualTo(expected);
            });
  }

  @Test
  void theOracleAgreesOnNearTiesWhereOneBallotMoved() {
    qt().forAll(HISTOGRAMS, integers().between(0, 9), integers().between(0, 9))
        .checkAssert(
            (x, from, to) -> {
              long[] a = counts(x);
              long[] b = a.clone();
              int f = from % a.length;
              int t = to % a.length;
              if (b[f] == 0) {
                return;
              }
              b[f]--;
              b[t]++;
              List<Integer> ma = majorityValue(a);
              List<Integer> mb = majorityValue(b);
              int expected = 0;
              for (int j = 0; j < ma.size() && expected == 0; j++) {
                expected = Integer.compare(ma.get(j), mb.get(j));
              }
              assertThat(
                      Integer.signum(
                          MajorityGrades.compareMajorityValues(
                              MajorityGrades.of(a), MajorityGrades.of(b))))
                  .isEqualTo(expected)
                  .isEqualTo(Integer.signum(Integer.compare(f, t)));
            });
  }

  @Test
  void theMajorityValueStartsWithTheMedianSoItNeverContradictsIt() {
    qt().forAll(HISTOGRAMS, HISTOGRAMS)
        .checkAssert(
            (x, y) -> {
              MajorityGrades a = MajorityGrades.of(counts(x));
              MajorityGrades b = MajorityGrades.of(counts(y));
              if (!a.isEmpty() && !b.isEmpty() && a.median() != b.median()) {
                assertThat(Integer.signum(MajorityGrades.compareMajorityValues(a, b)))
                    .isEqualTo(Integer.compare(a.median(), b.median()));
              }
            });
  }
}
