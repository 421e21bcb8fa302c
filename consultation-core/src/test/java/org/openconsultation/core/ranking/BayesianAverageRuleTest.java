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

/** The share of supports pulled toward a prior. */
class BayesianAverageRuleTest {

  private final BayesianAverageRule rule = new BayesianAverageRule();

  @Test
  void pullsSmallCountsTowardThePrior() {
    List<RankingEntry> entries =
        rule.rank(
            List.of(votes(1, 2, 0), votes(2, 100, 1), votes(3, 0, 0), votes(4, 600, 400)), CONTEXT);

    // (2 + 5) / 12, (100 + 5) / 111, 5 / 10, (600 + 5) / 1010
    assertThat(references(entries)).containsExactly("C-2", "C-4", "C-1", "C-3");
    assertThat(entries)
        .extracting(RankingEntry::score)
        .containsExactly(105.0 / 111, 605.0 / 1010, 7.0 / 12, 0.5);
    assertThat(entries.get(2).explanation())
        .isEqualTo("2 supports, 0 oppositions: Bayesian average 0.58");
  }

  @Test
  void laplacesRuleOfSuccessionIsAPriorOfOneHalfWorthTwoBallots() {
    BayesianAverageRule laplace = new BayesianAverageRule(0.5, 2);
    assertThat(laplace.average(2, 0)).isEqualTo(0.75);
    assertThat(laplace.average(0, 0)).isEqualTo(0.5);
    assertThat(laplace.parameters()).isEqualTo(Map.of("priorMean", "0.5", "priorWeight", "2"));
  }

  @Test
  void rejectsPriorsOutOfRange() {
    assertThatThrownBy(() -> new BayesianAverageRule(1.5, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BayesianAverageRule(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalAveragesGoToMoreSupports() {
    // (5 + 5) / 20 = (0 + 5) / 10 = 0.5
    List<RankingEntry> entries = rule.rank(List.of(votes(1, 0, 0), votes(2, 5, 5)), CONTEXT);
    assertThat(references(entries)).containsExactly("C-2", "C-1");
    assertThat(entries.get(0).score()).isCloseTo(entries.get(1).score(), within(0.0));
  }
}
