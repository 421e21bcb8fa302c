package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.references;
import static org.openconsultation.core.ranking.Items.votes;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Wilson lower bound, its normal quantile and Evan Miller's examples. */
class WilsonRuleTest {

  private final WilsonRule rule = new WilsonRule();

  @Test
  void theNormalQuantileMatchesPublishedValues() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-8));
    assertThat(Normal.quantile(0.95)).isCloseTo(1.6448536269514715, within(1e-8));
    assertThat(Normal.quantile(0.995)).isCloseTo(2.5758293035489, within(1e-8));
    assertThat(Normal.quantile(0.9995)).isCloseTo(3.2905267314919255, within(1e-8));
    assertThat(Normal.quantile(0.5)).isEqualTo(0.0);
    assertThat(Normal.quantile(0.01)).isCloseTo(-2.3263478740408408, within(1e-8));
    assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-6));
    assertThatThrownBy(() -> Normal.quantile(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Normal.quantile(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theConfidenceGivesTheTwoSidedQuantile() {
    assertThat(new WilsonRule().z()).isCloseTo(1.959964, within(1e-6));
    assertThat(new WilsonRule(0.90).z()).isCloseTo(1.644854, within(1e-6));
    assertThat(new WilsonRule(0.99).z()).isCloseTo(2.575829, within(1e-6));
    assertThat(new WilsonRule(0.80).z()).isCloseTo(1.281552, within(1e-6));
    assertThat(new WilsonRule(0.99).parameters()).isEqualTo(Map.of("confidence", "0.99"));
    assertThatThrownBy(() -> new WilsonRule(1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WilsonRule(0.0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Evan Miller's "How Not To Sort By Average Rating": 600/400 (60%) against 5,500/4,500 (55%),
   * which the net score gets wrong; 2/0 (100%) against 100/1, which the average gets wrong.
   */
  @Test
  void evanMillersExamplesComeOutRight() {
    assertThat(rule.lowerBound(600, 400)).isCloseTo(0.5693094295142663, within(1e-9));
    assertThat(rule.lowerBound(5500, 4500)).isCloseTo(0.5402319557715324, within(1e-9));
    assertThat(rule.lowerBound(2, 0)).isCloseTo(0.3423802275066532, within(1e-9));
    assertThat(rule.lowerBound(100, 1)).isCloseTo(0.9460328420055449, within(1e-9));

    List<RankingItem> items =
        List.of(votes(1, 600, 400), votes(2, 5500, 4500), votes(3, 2, 0), votes(4, 100, 1));
    assertThat(references(rule.rank(items, CONTEXT))).containsExactly("C-4", "C-1", "C-2", "C-3");
    assertThat(references(new NetScoreRule().rank(items, CONTEXT)))
        .containsExactly("C-2", "C-1", "C-4", "C-3");
  }

  @Test
  void explainsWithTheCountsAndTheBound() {
    List<RankingEntry> entries = rule.rank(List.of(votes(1, 12, 3), votes(2, 0, 0)), CONTEXT);

    assertThat(entries.get(0).score()).isCloseTo(0.5481455128483066, within(1e-9));
    assertThat(entries.get(0).explanation())
        .isEqualTo("12 supports, 3 oppositions: Wilson lower bound 0.55");
    assertThat(entries.get(1).score()).isEqualTo(0.0);
    assertThat(entries.get(1).explanation())
        .isEqualTo("0 supports, 0 oppositions: Wilson lower bound 0.00");
  }

  @Test
  void equalBoundsGoToMoreSupportsThenToTheLowerReference() {
    // No opposition: the bound is n / (n + z²), so equal supports give equal bounds.
    assertThat(references(rule.rank(List.of(votes(5, 3, 0), votes(2, 3, 0)), CONTEXT)))
        .containsExactly("C-2", "C-5");
    // Without ballots every bound is 0: the order is the reference order.
    assertThat(references(rule.rank(List.of(votes(3, 0, 0), votes(1, 0, 0)), CONTEXT)))
        .containsExactly("C-1", "C-3");
  }
}
