package org.openconsultation.core.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openconsultation.core.ranking.RankingContext;
import org.openconsultation.core.ranking.RankingEntry;
import org.openconsultation.core.ranking.RankingItem;
import org.openconsultation.core.ranking.RankingRule;

/** A rule written for the tests: the latest submission first, whatever the votes. */
final class NewestFirst implements RankingRule {

  @Override
  public String name() {
    return "newest-first";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String description() {
    return "Latest submission first; ties: higher reference first.";
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    List<RankingItem> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparing(RankingItem::submittedAt)
            .thenComparingLong(i -> i.reference().number())
            .reversed());
    List<RankingEntry> entries = new ArrayList<>();
    for (RankingItem item : sorted) {
      entries.add(
          new RankingEntry(
              entries.size() + 1,
              item.contribution(),
              item.reference(),
              item.submittedAt().toEpochMilli(),
              "submitted " + item.submittedAt()));
    }
    return entries;
  }
}
