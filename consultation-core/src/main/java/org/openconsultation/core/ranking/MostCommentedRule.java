package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Most commented, {@code most-commented} version 1: the score is the number of published comments
 * (replies included), from 0 up.
 *
 * <p>Ties: the earlier submission (lower reference number). Ballots are not read, so the engine
 * serves this ranking even while results are hidden until close.
 */
public final class MostCommentedRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "most-commented";

  private static final Comparator<RankingItem> ORDER =
      Comparator.comparingLong(RankingItem::comments).reversed();

  /** The rule. */
  public MostCommentedRule() {}

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
    return "Number of published comments; ties: earlier submission.";
  }

  @Override
  public boolean readsBallots() {
    return false;
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    return Ranked.items(
        items,
        ORDER,
        RankingItem::comments,
        i -> Explain.count(i.comments(), "comment", "comments"));
  }
}
