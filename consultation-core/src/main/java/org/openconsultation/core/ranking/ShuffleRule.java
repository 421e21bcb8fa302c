package org.openconsultation.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform seeded shuffle, {@code shuffle} version 1, against first-mover bias: each of the {@code
 * n!} orders is equally likely over seeds, and one seed always gives the same order. The engine
 * seeds it with {@link RankingContext#seed()}, derived from the consultation and the participant
 * who asks, so each participant sees one stable order of their own.
 *
 * <p>The items are first sorted by reference number (so the order they come in does not matter),
 * then shuffled by Fisher–Yates: for {@code i} from {@code n − 1} down to 1, swap item {@code i}
 * with item {@code j}, {@code j} drawn uniformly in {@code [0, i]} from a {@link SplittableRandom}
 * seeded with the context's seed. Orders such as {@code ORDER BY id * random()} are not uniform:
 * they favour old items.
 *
 * <p>There are no ties. Every score is 0: the position carries no merit. Ballots are not read, so
 * the engine serves this ranking even while results are hidden until close.
 */
public final class ShuffleRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "shuffle";

  /** The rule. */
  public ShuffleRule() {}

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
    return "Uniform Fisher–Yates shuffle seeded per participant; no ties.";
  }

  @Override
  public boolean readsBallots() {
    return false;
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    List<RankingItem> order = new ArrayList<>(items);
    order.sort(Ranked.BY_REFERENCE);
    SplittableRandom random = new SplittableRandom(context.seed());
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      order.set(i, order.set(j, order.get(i)));
    }
    List<RankingEntry> entries = new ArrayList<>(order.size());
    for (RankingItem item : order) {
      int rank = entries.size() + 1;
      entries.add(
          new RankingEntry(
              rank,
              item.contribution(),
              item.reference(),
              0,
              "random position " + rank + " of " + order.size()));
    }
    return entries;
  }
}
