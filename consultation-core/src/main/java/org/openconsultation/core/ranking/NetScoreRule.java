package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Net score, {@code net} version 1: supports minus oppositions, an integer of any sign.
 *
 * <p>Ties: more supports first (the larger turnout), then the earlier submission (lower reference
 * number).
 *
 * <p>One more support never lowers a contribution's rank.
 */
public final class NetScoreRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "net";

  private static final Comparator<RankingItem> ORDER =
      Comparator.comparingLong(NetScoreRule::net)
          .thenComparingLong(i -> i.tally().supports())
          .reversed();

  /** The rule. */
  public NetScoreRule() {}

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
    return "Supports minus oppositions; ties: more supports, then earlier submission.";
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    return Ranked.items(
        items,
        ORDER,
        NetScoreRule::net,
        i -> Explain.votes(i.tally().supports(), i.tally().oppositions()) + ": net " + net(i));
  }

  private static long net(RankingItem item) {
    return item.tally().supports() - item.tally().oppositions();
  }
}
