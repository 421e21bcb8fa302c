package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Wilson lower bound, {@code wilson} version 1: the lower bound of the Wilson score interval for
 * the share of supports among supports and oppositions, in [0, 1]. With {@code s} supports, {@code
 * o} oppositions, {@code n = s + o}, {@code p = s / n} and {@code z} the standard normal quantile
 * at {@code (1 + confidence) / 2}:
 *
 * <pre>{@code
 * score = (p + z²/2n − z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n),   and 0 when n = 0
 * }</pre>
 *
 * <p>Ties: more supports first, then fewer oppositions, then the earlier submission (lower
 * reference number). One more support never lowers a contribution's rank. Neutral votes and grades
 * are ignored. See Evan Miller, "How Not To Sort By Average Rating" (2009).
 */
public final class WilsonRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "wilson";

  /** The confidence of the interval by default. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private static final Comparator<Row> ORDER =
      Comparator.comparingDouble(Row::score)
          .thenComparingLong(r -> r.item().tally().supports())
          .reversed()
          .thenComparingLong(r -> r.item().tally().oppositions());

  private final double confidence;
  private final double z;

  /** At 95% confidence (z ≈ 1.96). */
  public WilsonRule() {
    this(DEFAULT_CONFIDENCE);
  }

  /**
   * At the given two-sided confidence, strictly between 0 and 1: 0.95 gives z ≈ 1.959964 (Evan
   * Miller's {@code power} is {@code 1 − confidence}).
   */
  public WilsonRule(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be strictly between 0 and 1");
    }
    this.confidence = confidence;
    this.z = Normal.quantile((1 + confidence) / 2);
  }

  /** The confidence of the interval. */
  public double confidence() {
    return confidence;
  }

  /** The normal quantile used: about 1.959964 at 95% confidence. */
  public double z() {
    return z;
  }

  /** The Wilson lower bound of {@code supports} among {@code supports + oppositions}. */
  public double lowerBound(long supports, long oppositions) {
    long n = supports + oppositions;
    if (n == 0) {
      return 0;
    }
    double p = (double) supports / n;
    double z2 = z * z;
    double bound =
        (p + z2 / (2.0 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4.0 * n)) / n)) / (1 + z2 / n);
    return Math.min(1, Math.max(0, bound));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String description() {
    return "Wilson lower bound of the share of supports at "
        + Explain.plain(confidence * 100)
        + "% confidence; ties: more supports, fewer oppositions, then earlier submission.";
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of("confidence", Explain.plain(confidence));
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    List<Row> rows =
        items.stream()
            .map(i -> new Row(i, lowerBound(i.tally().supports(), i.tally().oppositions())))
            .toList();
    return Ranked.entries(
        rows,
        ORDER,
        Row::item,
        Row::score,
        r ->
            Explain.votes(r.item().tally().supports(), r.item().tally().oppositions())
                + ": Wilson lower bound "
                + Explain.decimal(r.score()));
  }

  private record Row(RankingItem item, double score) {}
}
