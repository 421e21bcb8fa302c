package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The ranking shared by Fabre's highest-median rules: the majority grade plus a tie-break term
 * between −0.5 and 0.5 computed from the numbers of grades above and below it.
 */
final class HighestMedian {

  private static final Comparator<Row> ORDER =
      Comparator.comparing((Row r) -> !r.grades().isEmpty())
          .thenComparingInt(r -> r.grades().median())
          .thenComparingDouble(Row::term)
          .thenComparingLong(r -> r.grades().total())
          .reversed();

  private HighestMedian() {}

  /**
   * Ranks by majority grade, then by {@code term}, then by more grades, then by the lower reference
   * number; contributions without grades go last with score −1. The score is the majority grade
   * plus the term; {@code label} names it in explanations.
   */
  static List<RankingEntry> rank(
      List<RankingItem> items,
      RankingContext context,
      ToDoubleFunction<MajorityGrades> term,
      String label) {
    int scale = context.settings().gradeCount();
    List<Row> rows =
        items.stream()
            .map(
                i -> {
                  MajorityGrades g = MajorityGrades.of(i.tally(), scale);
                  return new Row(i, g, g.isEmpty() ? 0 : term.applyAsDouble(g));
                })
            .toList();
    return Ranked.entries(
        rows,
        ORDER,
        Row::item,
        HighestMedian::score,
        r ->
            r.grades().isEmpty()
                ? r.grades().explain()
                : r.grades().explain() + ": " + label + " " + Explain.decimal(score(r)));
  }

  private static double score(Row row) {
    return row.grades().isEmpty() ? -1 : row.grades().median() + row.term();
  }

  private record Row(RankingItem item, MajorityGrades grades, double term) {}
}
