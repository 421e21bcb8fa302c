package org.openconsultation.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.openconsultation.core.dashboard.Count;

/**
 * Small-cell suppression of one column whose total is published: counts from 1 to {@code k - 1} are
 * withheld (primary suppression); when that withholds exactly one count of a column with other
 * rows, the total would give it away, so the next smallest count is withheld too (secondary
 * suppression): the smallest positive count left, else the first zero.
 */
final class DashboardSuppression {

  private DashboardSuppression() {}

  /** The column's counts, some withheld when {@code k} is above 1. */
  static List<Count> column(List<Long> values, int k) {
    int n = values.size();
    boolean[] withheld = new boolean[n];
    int primary = 0;
    for (int i = 0; i < n; i++) {
      long v = values.get(i);
      withheld[i] = k > 1 && v >= 1 && v < k;
      primary += withheld[i] ? 1 : 0;
    }
    if (primary == 1 && n > 1) {
      withheld[secondary(values, withheld)] = true;
    }
    List<Count> counts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      counts.add(withheld[i] ? Count.withheld() : Count.of(values.get(i)));
    }
    return counts;
  }

  /** The smallest positive count not withheld (first on ties), else the first zero. */
  private static int secondary(List<Long> values, boolean[] withheld) {
    int best = -1;
    int zero = -1;
    for (int i = 0; i < values.size(); i++) {
      long v = values.get(i);
      if (withheld[i]) {
        continue;
      }
      if (v == 0) {
        zero = zero < 0 ? i : zero;
      } else if (best < 0 || v < values.get(best)) {
        best = i;
      }
    }
    return best >= 0 ? best : zero;
  }
}
