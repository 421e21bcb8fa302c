package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Kendall's τ-b: hand-computed values, ties, and agreement with the O(n²) definition. */
class KendallTauTest {

  @Test
  void theSameOrderGivesOneAndTheReverseMinusOne() {
    double[] x = {1, 2, 3, 4, 5};
    assertThat(KendallTau.tauB(x, new double[] {10, 20, 30, 40, 50})).isEqualTo(1.0);
    assertThat(KendallTau.tauB(x, new double[] {5, 4, 3, 2, 1})).isEqualTo(-1.0);
  }

  @Test
  void tiesInEitherVariableLeaveTheirPairsOut() {
    // Pairs: (1,2) C, (1,3) C, (1,4) C, (2,3) tied in x, (2,4) tied in y, (3,4) C.
    // C − D = 4, n0 = 6, n1 = 1, n2 = 1: τ-b = 4 / √(5·5) = 0.8.
    double[] x = {1, 2, 2, 3};
    double[] y = {1, 3, 2, 3};
    assertThat(KendallTau.tauB(x, y)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void aPairTiedInBothVariablesCountsInBothTieTerms() {
    // (1,2) tied in both, (1,3) C, (2,3) C: C − D = 2, n0 = 3, n1 = n2 = 1: τ-b = 2 / 2 = 1.
    assertThat(KendallTau.tauB(new double[] {1, 1, 2}, new double[] {5, 5, 6})).isEqualTo(1.0);
    // x = (12, 2, 1, 12, 2), y = (1, 4, 7, 1, 0): C = 2, D = 6, n1 = 2, n2 = 1, n0 = 10;
    // τ-b = −4 / √(8·9) = −0.4714045…
    double[] x = {12, 2, 1, 12, 2};
    double[] y = {1, 4, 7, 1, 0};
    assertThat(KendallTau.tauB(x, y)).isCloseTo(-4 / Math.sqrt(72), within(1e-12));
  }

  @Test
  void isUndefinedForAConstantVariableOrFewerThanTwoPairs() {
    assertThat(KendallTau.tauB(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
    assertThat(KendallTau.tauB(new double[] {1, 2, 3}, new double[] {0, 0, 0})).isNaN();
    assertThat(KendallTau.tauB(new double[] {1}, new double[] {1})).isNaN();
    assertThat(KendallTau.tauB(new double[0], new double[0])).isNaN();
  }

  @Test
  void negativeZeroTiesWithZero() {
    assertThat(KendallTau.tauB(new double[] {0.0, -0.0, 1}, new double[] {1, 2, 3}))
        .isEqualTo(KendallTau.tauB(new double[] {0, 0, 1}, new double[] {1, 2, 3}));
  }

  @Test
  void refusesUnequalLengthsAndNaN() {
    assertThatThrownBy(() -> KendallTau.tauB(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> KendallTau.tauB(new double[] {1, Double.NaN}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void comparesTwoOrdersOfTheSameElements() {
    // One discordant pair of six: (5 − 1) / 6.
    assertThat(KendallTau.tauB(List.of("a", "b", "c", "d"), List.of("b", "a", "c", "d")))
        .isCloseTo(4.0 / 6, within(1e-12));
    assertThat(KendallTau.tauB(List.of("a", "b", "c"), List.of("c", "b", "a"))).isEqualTo(-1.0);
  }

  @Test
  void refusesOrdersOfDifferentElements() {
    assertThatThrownBy(() -> KendallTau.tauB(List.of("a", "b"), List.of("a", "c")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KendallTau.tauB(List.of("a", "a"), List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KendallTau.tauB(List.of("a"), List.of("a", "b")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agreesWithTheQuadraticDefinitionOnRandomDataWithTies() {
    qt().forAll(
            lists().of(integers().between(0, 5)).ofSizeBetween(0, 60),
            integers().between(0, 5),
            integers().allPositive())
        .checkAssert(
            (xs, spread, seed) -> {
              Random random = new Random(seed);
              double[] x = xs.stream().mapToDouble(Integer::doubleValue).toArray();
              double[] y = new double[x.length];
              for (int i = 0; i < y.length; i++) {
                y[i] = random.nextInt(spread + 1) + (random.nextBoolean() ? x[i] : 0);
              }
              double fast = KendallTau.tauB(x, y);
              double slow = bruteForce(x, y);
              if (Double.isNaN(slow)) {
                assertThat(fast).isNaN();
              } else {
                assertThat(fast).isCloseTo(slow, within(1e-12));
              }
            });
  }

  @Test
  void agreesWithTheQuadraticDefinitionOnPermutations() {
    qt().forAll(integers().between(2, 300), integers().allPositive())
        .checkAssert(
            (n, seed) -> {
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                order.add(i);
              }
              List<Integer> shuffled = new ArrayList<>(order);
              Collections.shuffle(shuffled, new Random(seed));
              double[] x = new double[n];
              double[] y = new double[n];
              for (int i = 0; i < n; i++) {
                x[i] = i;
                y[i] = shuffled.indexOf(i);
              }
              assertThat(KendallTau.tauB(order, shuffled))
                  .isCloseTo(bruteForce(x, y), within(1e-12));
            });
  }

  /** The definition: over all pairs, (C − D) / √((n0 − n1)(n0 − n2)). */
  static double bruteForce(double[] x, double[] y) {
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    long pairs = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        pairs++;
        int sx = Double.compare(x[i], x[j]);
        int sy = Double.compare(y[i], y[j]);
        tiedX += sx == 0 ? 1 : 0;
        tiedY += sy == 0 ? 1 : 0;
        if (sx != 0 && sy != 0) {
          if (Integer.signum(sx) == Integer.signum(sy)) {
            concordant++;
          } else {
            discordant++;
          }
        }
      }
    }
    double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
    return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
  }
}
