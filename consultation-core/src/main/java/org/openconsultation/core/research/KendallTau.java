package org.openconsultation.core.research;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openconsultation.core.ranking.Ranking;

/**
 * Kendall's rank correlation τ-b, which accounts for ties: {@code (C − D) / √((n₀ − n₁)(n₀ − n₂))}
 * where C and D count concordant and discordant pairs, n₀ = n(n−1)/2, and n₁, n₂ count the pairs
 * tied in the first and in the second variable. 1 means the same order, −1 the reverse, about 0 no
 * relation. Computed with Knight's algorithm in O(n log n) time.
 *
 * <p>τ-b is undefined (the result is {@link Double#NaN}) for fewer than two observations or when
 * either variable is constant.
 */
public final class KendallTau {

  private KendallTau() {}

  /**
   * τ-b of paired observations {@code x[i]}, {@code y[i]}; equal values are ties. Throws {@link
   * IllegalArgumentException} if the lengths differ or a value is NaN.
   */
  public static double tauB(double[] x, double[] y) {
    int n = x.length;
    if (y.length != n) {
      throw new IllegalArgumentException("x and y differ in length: " + n + " and " + y.length);
    }
    double[][] pairs = new double[n][];
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
        throw new IllegalArgumentException("NaN at index " + i);
      }
      pairs[i] = new double[] {x[i] + 0.0, y[i] + 0.0}; // + 0.0 turns -0.0 into 0.0
    }
    Arrays.sort(
        pairs, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    long n0 = (long) n * (n - 1) / 2;
    long tiedX = 0;
    long tiedBoth = 0;
    long runX = 1;
    long runBoth = 1;
    for (int i = 1; i < n; i++) {
      if (pairs[i][0] == pairs[i - 1][0]) {
        tiedX += runX++;
        if (pairs[i][1] == pairs[i - 1][1]) {
          tiedBoth += runBoth++;
        } else {
          runBoth = 1;
        }
      } else {
        runX = 1;
        runBoth = 1;
      }
    }
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      ys[i] = pairs[i][1];
    }
    long swaps = mergeSort(ys, new double[n], 0, n);
    long tiedY = 0;
    long runY = 1;
    for (int i = 1; i < n; i++) {
      if (ys[i] == ys[i - 1]) {
        tiedY += runY++;
      } else {
        runY = 1;
      }
    }
    double denominator = Math.sqrt((double) (n0 - tiedX) * (double) (n0 - tiedY));
    if (n < 2 || denominator == 0) {
      return Double.NaN;
    }
    long concordantMinusDiscordant = n0 - tiedX - tiedY + tiedBoth - 2 * swaps;
    return concordantMinusDiscordant / denominator;
  }

  /**
   * τ-b of two orders of the same elements (best first): each element's position is its value, so
   * there is no tie and τ-b equals τ-a. Throws {@link IllegalArgumentException} unless both lists
   * hold the same distinct elements.
   */
  public static <T> double tauB(List<T> a, List<T> b) {
    positions(a);
    Map<T, Integer> positionInB = positions(b);
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("the orders differ in length");
    }
    double[] x = new double[a.size()];
    double[] y = new double[a.size()];
    for (int i = 0; i < a.size(); i++) {
      Integer position = positionInB.get(a.get(i));
      if (position == null) {
        throw new IllegalArgumentException("only in the first order: " + a.get(i));
      }
      x[i] = i;
      y[i] = position;
    }
    return tauB(x, y);
  }

  /** τ-b of two rankings of the same contributions, by rank. */
  public static double tauB(Ranking a, Ranking b) {
    return tauB(a.order(), b.order());
  }

  static <T> Map<T, Integer> positions(List<T> order) {
    Map<T, Integer> positions = new HashMap<>();
    for (T element : order) {
      if (positions.putIfAbsent(Objects.requireNonNull(element, "element"), positions.size())
          != null) {
        throw new IllegalArgumentException("appears twice: " + element);
      }
    }
    return positions;
  }

  /** Sorts {@code v[from, to)} ascending; returns how many pairs were out of order. */
  private static long mergeSort(double[] v, double[] buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long swaps = mergeSort(v, buffer, from, mid) + mergeSort(v, buffer, mid, to);
    int i = from;
    int j = mid;
    int k = from;
    while (i < mid && j < to) {
      if (v[j] < v[i]) {
        swaps += mid - i;
        buffer[k++] = v[j++];
      } else {
        buffer[k++] = v[i++];
      }
    }
    while (i < mid) {
      buffer[k++] = v[i++];
    }
    while (j < to) {
      buffer[k++] = v[j++];
    }
    System.arraycopy(buffer, from, v, from, to - from);
    return swaps;
  }
}
