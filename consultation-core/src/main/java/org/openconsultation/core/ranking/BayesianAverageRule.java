package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bayesian average, {@code bayesian} version 1: the share of supports among supports and
 * oppositions, pulled toward a prior share by a prior weight counted in ballots, in [0, 1]. With
 * {@code s} supports, {@code o} oppositions, prior mean {@code m} and prior weight {@code w}:
 *
 * <pre>{@code
 * score = (s + m·w) / (s + o + w)
 * }</pre>
 *
 * <p>A contribution without ballots scores {@code m}. Ties: more supports first, then fewer
 * oppositions, then the earlier submission (lower reference number). One more support never lowers
 * a contribution's rank. Neutral votes and grades are ignored.
 */
public final class BayesianAverageRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "bayesian";

  /** The prior share by default: as many supports as oppositions. */
  public static final double DEFAULT_PRIOR_MEAN = 0.5;

  /** The prior weight by default, in ballots. */
  public static final double DEFAULT_PRIOR_WEIGHT = 10;

  private static final Comparator<Row> ORDER =
      Comparator.comparingDouble(Row::score)
          .thenComparingLong(r -> r.item().tally().supports())
          .reversed()
          .thenComparingLong(r -> r.item().tally().oppositions());

  private final double priorMean;
  private final double priorWeight;

  /** Prior mean 0.5, prior weight 10 ballots. */
  public BayesianAverageRule() {
    this(DEFAULT_PRIOR_MEAN, DEFAULT_PRIOR_WEIGHT);
  }

  /**
   * With a prior share {@code priorMean} in [0, 1] worth {@code priorWeight} ballots (positive and
   * finite); {@code (0.5, 2)} is Laplace's rule of succession.
   */
  public BayesianAverageRule(double priorMean, double priorWeight) {
    if (!(priorMean >= 0 && priorMean <= 1)) {
      throw new IllegalArgumentException("priorMean must be between 0 and 1");
    }
    if (!(priorWeight > 0 && Double.isFinite(priorWeight))) {
      throw new IllegalArgumentException("priorWeight must be positive and finite");
    }
    this.priorMean = priorMean;
    this.priorWeight = priorWeight;
  }

  /** The prior share of supports. */
  public double priorMean() {
    return priorMean;
  }

  /** The weight of the prior, in ballots. */
  public double priorWeight() {
    return priorWeight;
  }

  /** The Bayesian average of {@code supports} among {@code supports + oppositions}. */
  public double average(long supports, long oppositions) {
    return (supports + priorMean * priorWeight) / (supports + oppositions + priorWeight);
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
    return "Share of supports with a prior of "
        + Explain.plain(priorMean)
        + " worth "
        + Explain.plain(priorWeight)
        + " ballots; ties: more supports, fewer oppositions, then earlier submission.";
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of("priorMean", Explain.plain(priorMean), "priorWeight", Explain.plain(priorWeight));
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    List<Row> rows =
        items.stream()
            .map(i -> new Row(i, average(i.tally().supports(), i.tally().oppositions())))
            .toList();
    return Ranked.entries(
        rows,
        ORDER,
        Row::item,
        Row::score,
        r ->
            Explain.votes(r.item().tally().supports(), r.item().tally().oppositions())
                + ": Bayesian average "
                + Explain.decimal(r.score()));
  }

  private record Row(RankingItem item, double score) {}
}
