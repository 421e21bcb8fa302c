package org.openconsultation.core.ranking;

import java.util.List;

/**
 * Fabre's central judgment (2021), {@code central-judgment} version 1: the majority grade α (the
 * lower median grade), its ties broken by the relative shares of proponents and opponents. With p
 * the share of grades strictly above α and q the share strictly below:
 *
 * <pre>{@code
 * score = α + 0.5 · (p − q) / (p + q),   and α when p = q = 0
 * }</pre>
 *
 * <p>The term added to α lies between −0.5 and 0.5, but contributions are compared on α first and
 * on the term second, so a score at a boundary never overtakes a higher α. A contribution without
 * any grade scores −1 and goes last. Ties: more grades first, then the earlier submission (lower
 * reference number). Supports, oppositions and neutral votes are ignored.
 */
public final class CentralJudgmentRule implements RankingRule {

  /** The rule's name. */
  public static final String NAME = "central-judgment";

  /** The rule. */
  public CentralJudgmentRule() {}

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
    return "Lower median grade plus 0.5 · (p − q) / (p + q); ties: more grades, then earlier submission;"
        + " no grade last.";
  }

  @Override
  public List<RankingEntry> rank(List<RankingItem> items, RankingContext context) {
    return HighestMedian.rank(
        items,
        context,
        g ->
            g.above() + g.below() == 0
                ? 0
                : 0.5 * (g.above() - g.below()) / (g.above() + g.below()),
        "central judgment");
  }
}
