package org.openconsultation.core.ranking;

import java.util.Comparator;
import java.util.List;

/**
 * Majority judgment (Balinski and Laraki), {@code majority-judgment} version 1: contributions by
 * their majority grade, the lower median of their grades (grade 0 being the worst, on the scale of
 * {@link org.openconsultation.core.model.ConsultationSettings#gradeCount()}). The score is the
 * majority grade, or −1 for a contribution without any grade.
 *
 * <p>Ties, in this order:
 *
 * <ol>
 *   <li>contributions without any grade go last;
 *   <li>the majority gauge: with p the share of grades strictly above the majority grade and q the
 *       share strictly below, {@code +} (p > q) before {@code =} (p = q) before {@code −} (p < q);
 *       between two {@code +} the larger p first, between two {@code −} the smaller q first;
 *   <li>the majority value: the sequences of lower medians obtained by removing one median grade at
 *       a time, compared lexicographically over the shorter one;
 *   <li>more grades first;
 *   <li>the earlier submission (lower reference number).
 * </ol>
 *
 * <p>Supports, oppositions and neutral votes are ignored.
 */
public final class MajorityJudgmentRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "majority-judgment";

  private static final Comparator<Row> ORDER =
      Comparator.comparing((Row r) -> !r.grades().isEmpty())
          .thenComparingInt(r -> r.grades().median())
          .thenComparing(Row::grades, MajorityGrades::compareGauges)
          .thenComparing(Row::grades, MajorityGrades::compareMajorityValues)
          .thenComparingLong(r -> r.grades().total())
          .reversed();

  /** The rule. */
  public MajorityJudgmentRule() {}

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
    return "Lower median grade; ties: majority gauge, majority value, more grades, then earlier"
        + " submission; no grade last.";
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    int scale = context.settings().gradeCount();
    List<Row> rows =
        items.stream().map(i -> new Row(i, MajorityGrades.of(i.tally(), scale))).toList();
    return Ranked.entries(
        rows,
        ORDER,
        Row::item,
        r -> r.grades().median(),
        r ->
            r.grades().isEmpty()
                ? r.grades().explain()
                : r.grades().explain() + ": gauge " + r.grades().median() + r.grades().gaugeSign());
  }

  private record Row(RankingItem item, MajorityGrades grades) {}
}
