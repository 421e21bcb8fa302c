package org.openconsultation.core.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking by adherence: the score is the number of supports (supports, approvals or votes for).
 *
 * <p>Ties: fewer oppositions first, then the earlier submission (lower reference number).
 */
public final class SupportCountRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "support-count";

  private static final Comparator<RankingItem> ORDER =
      Comparator.comparingLong((RankingItem i) -> i.tally().supports())
          .reversed()
          .thenComparingLong(i -> i.tally().oppositions())
          .thenComparingLong(i -> i.reference().number());

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
    List<RankingItem> sorted = new ArrayList<>(items);
    sorted.sort(ORDER);
    List<RankingEntry> entries = new ArrayList<>(sorted.size());
    for (RankingItem item : sorted) {
      long supports = item.tally().supports();
      entries.add(
          new RankingEntry(
              entries.size() + 1,
              item.contribution(),
              item.reference(),
              supports,
              supports + (supports == 1 ? " support" : " supports")));
    }
    return entries;
  }
}
