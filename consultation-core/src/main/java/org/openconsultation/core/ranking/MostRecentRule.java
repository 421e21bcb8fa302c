package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Most recent, {@code recent} version 1: the latest submissions first. The score is the submission
 * time in seconds since 1970-01-01T00:00:00Z (with its fraction).
 *
 * <p>Ties (submissions at the same instant): the lower reference number. Ballots are not read, so
 * the engine serves this ranking even while results are hidden until close.
 */
public final class MostRecentRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "recent";

  private static final Comparator<RankingItem> ORDER =
      Comparator.comparing(RankingItem::submittedAt).reversed();

  /** The rule. */
  public MostRecentRule() {}

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
    return "Latest submission first; ties: lower reference.";
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
        i -> i.submittedAt().getEpochSecond() + i.submittedAt().getNano() / 1e9,
        i -> "submitted " + i.submittedAt());
  }
}
