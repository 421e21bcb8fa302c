package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Ranking by adherence, {@code support} version 1: the score is the number of supports (supports,
 * approvals or votes for), from 0 up.
 *
 * <p>Ties: fewer oppositions first, then the earlier submission (lower reference number).
 *
 * <p>One more support never lowers a contribution's rank.
 */
public final class SupportCountRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "support";

  private static final Comparator<RankingItem> ORDER =
      Comparator.comparingLong((RankingItem i) -> i.tally().supports())
          .reversed()
          .thenComparingLong(i -> i.tally().oppositions());

  /** The rule. */
  public SupportCountRule() {}

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
    return "Number of supports; ties: fewer oppositions, then earlier submission.";
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    return Ranked.items(
        items,
        ORDER,
        i -> i.tally().supports(),
        i -> Explain.count(i.tally().supports(), "support", "supports"));
  }
}
