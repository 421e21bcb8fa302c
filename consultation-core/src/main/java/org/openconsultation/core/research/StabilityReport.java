package org.openconsultation.core.research;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How stable a rule's ranking of a dataset is when its voters are resampled (see {@link
 * Stability}).
 *
 * @param rule the rule's name
 * @param method how voters were resampled, for example {@code bootstrap} or {@code subsample 80%}
 * @param order the item ids ranked on the full data
 * @param tauB per resample, Kendall's τ-b between its ranking and the full one
 * @param intervals per item, in full-ranking order, its rank interval over the resamples
 */
public record StabilityReport(
    String rule,
    String method,
    List<String> order,
    List<Double> tauB,
    List<RankInterval> intervals) {

  /** Copies the lists. */
  public StabilityReport {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(method, "method");
    order = List.copyOf(order);
    tauB = List.copyOf(tauB);
    intervals = List.copyOf(intervals);
  }

  /** The number of resamples. */
  public int resamples() {
    return tauB.size();
  }

  /** The mean τ-b to the full ranking (NaN resamples, of undefined τ-b, are left out). */
  public double meanTauB() {
    return tauB.stream()
        .filter(t -> !t.isNaN())
        .mapToDouble(Double::doubleValue)
        .average()
        .orElse(Double.NaN);
  }

  /** A text summary: the mean τ-b, then the intervals of the first {@code rows} items. */
  public String table(int rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s, %s, %d resamples: mean τ-b to the full ranking %.3f\n",
            rule,
            method,
            resamples(),
            meanTauB()));
    int width = intervals.stream().mapToInt(i -> i.id().length()).max().orElse(2);
    width = Math.max(width, 2);
    out.append(
        String.format(Locale.ROOT, "%4s  %-" + width + "s  %s\n", "rank", "id", "95% interval"));
    for (RankInterval i : intervals.subList(0, Math.min(rows, intervals.size()))) {
      out.append(
          String.format(
              Locale.ROOT, "%4d  %-" + width + "s  %d–%d\n", i.rank(), i.id(), i.low(), i.high()));
    }
    return out.toString();
  }
}
