package org.openconsultation.core.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Sorts scored rows and numbers them: the one place where every rule's last tie-break lives. */
final class Ranked {

  /** Lower reference number first; the contribution id only separates malformed duplicates. */
  static final Comparator<RankingItem> BY_REFERENCE =
      Comparator.comparingLong((RankingItem i) -> i.reference().number())
          .thenComparing(i -> i.contribution().value());

  private Ranked() {}

  /**
   * Sorts {@code rows} by {@code order}, then by the lower reference number, and turns them into
   * entries ranked from 1.
   */
  static <T> List<RankingEntry> entries(
      List<T> rows,
      Comparator<? super T> order,
      Function<? super T, RankingItem> item,
      ToDoubleFunction<? super T> score,
      Function<? super T, String> explanation) {
    List<T> sorted = new ArrayList<>(rows);
    Comparator<T> full = order::compare;
    sorted.sort(full.thenComparing(item, BY_REFERENCE));
    List<RankingEntry> entries = new ArrayList<>(sorted.size());
    for (T row : sorted) {
      RankingItem it = item.apply(row);
      entries.add(
          new RankingEntry(
              entries.size() + 1,
              it.contribution(),
              it.reference(),
              score.applyAsDouble(row),
              explanation.apply(row)));
    }
    return entries;
  }

  /** The same for rules whose rows are the items themselves. */
  static List<RankingEntry> items(
      List<RankingItem> items,
      Comparator<? super RankingItem> order,
      ToDoubleFunction<? super RankingItem> score,
      Function<? super RankingItem, String> explanation) {
    return entries(items, order, Function.identity(), score, explanation);
  }
}
