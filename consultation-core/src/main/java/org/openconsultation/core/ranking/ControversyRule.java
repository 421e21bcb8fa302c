package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Controversy, {@code controversy} version 1, after Reddit's published formula: many ballots, split
 * evenly between supports and oppositions. With {@code s} supports and {@code o} oppositions:
 *
 * <pre>{@code
 * score = (s + o) ^ (min(s, o) / max(s, o))   when s > 0 and o > 0, else 0
 * }</pre>
 *
 * <p>The score lies between 0 and {@code s + o}. Ties: more supports and oppositions together
 * first, then the earlier submission (lower reference number). Neutral votes and grades are
 * ignored; in a support-only consultation every score is 0.
 */
public final class ControversyRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "controversy";

  private static final Comparator<Row> ORDER =
      Comparator.comparingDouble(Row::score)
          .thenComparingLong(r -> r.item().tally().supports() + r.item().tally().oppositions())
          .reversed();

  /** The rule. */
  public ControversyRule() {}

  /** The controversy of {@code supports} against {@code oppositions}. */
  public static double controversy(long supports, long oppositions) {
    if (supports <= 0 || oppositions <= 0) {
      return 0;
    }
    double balance = (double) Math.min(supports, oppositions) / Math.max(supports, oppositions);
    return Math.pow(supports + oppositions, balance);
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
    return "Many ballots evenly split (Reddit's controversy); ties: more ballots, then earlier"
        + " submission.";
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    List<Row> rows =
        items.stream()
            .map(i -> new Row(i, controversy(i.tally().supports(), i.tally().oppositions())))
            .toList();
    return Ranked.entries(
        rows,
        ORDER,
        Row::item,
        Row::score,
        r ->
            Explain.votes(r.item().tally().supports(), r.item().tally().oppositions())
                + ": controversy "
                + Explain.decimal(r.score()));
  }

  private record Row(RankingItem item, double score) {}
}
