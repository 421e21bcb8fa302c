package org.openconsultation.core.research;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openconsultation.core.ranking.Ranking;

/**
 * The share of the first k elements that two orders have in common: |top-k(a) ∩ top-k(b)| / k, from
 * 0 (no element in common) to 1 (the same k elements, in any order). When an order is shorter than
 * k, k is reduced to the shorter length.
 */
public final class TopKOverlap {

  private TopKOverlap() {}

  /**
   * The overlap of the first {@code k} elements of {@code a} and {@code b} (best first); {@link
   * Double#NaN} if either order is empty. Throws {@link IllegalArgumentException} if k &lt; 1.
   */
  public static <T> double of(List<T> a, List<T> b, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    int top = Math.min(k, Math.min(a.size(), b.size()));
    if (top == 0) {
      return Double.NaN;
    }
    Set<T> first = new HashSet<>(a.subList(0, top));
    long common = b.subList(0, top).stream().distinct().filter(first::contains).count();
    return (double) common / top;
  }

  /** The overlap of the first {@code k} contributions of two rankings. */
  public static double of(Ranking a, Ranking b, int k) {
    return of(a.order(), b.order(), k);
  }
}
