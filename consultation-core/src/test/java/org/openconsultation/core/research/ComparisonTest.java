package org.openconsultation.core.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.ranking.RankingRule;
import org.openconsultation.core.ranking.SupportCountRule;

/** Several rules on the same votes. */
class ComparisonTest {

  private static final RankingRule SUPPORT = new SupportCountRule();
  private static final RankingRule NEWEST = new NewestFirst();

  private static final SimulationResult SIMULATED =
      Simulation.run(
          SimulationConfig.builder().voters(300).items(15).seed(3).positionBias(0.5).build());

  @Test
  void comparesEveryPairOfRulesOnTheSameDataset() {
    Comparison c = Comparison.of(SIMULATED.dataset(), List.of(SUPPORT, NEWEST), 5);
    String support = SUPPORT.name();

    assertThat(c.rules()).containsExactly(support, "newest-first");
    assertThat(c.tauB(support, support)).isEqualTo(1.0);
    assertThat(c.topK(support, support)).isEqualTo(1.0);
    assertThat(c.tauB(support, "newest-first"))
        .isEqualTo(KendallTau.tauB(c.order(support), c.order("newest-first")))
        .isEqualTo(c.tauB("newest-first", support));
    assertThat(c.topK(support, "newest-first"))
        .isEqualTo(TopKOverlap.of(c.order(support), c.order("newest-first"), 5));
    assertThat(c.order(support))
        .isEqualTo(SIMULATED.dataset().ids(SIMULATED.dataset().rank(SUPPORT)));
    assertThat(c.tauBToTruth(support)).isEmpty();
    assertThat(c.table())
        .startsWith("Kendall τ-b")
        .contains("top-5 overlap")
        .doesNotContain("truth");
  }

  @Test
  void aSimulationIsAlsoComparedWithTheTruth() {
    Comparison c = Comparison.of(SIMULATED, List.of(SUPPORT, NEWEST), 5);

    // Support counts follow quality; the submission order does not.
    assertThat(c.tauBToTruth(SUPPORT.name()).orElseThrow()).isGreaterThan(0.5);
    assertThat(c.tauBToTruth("newest-first").orElseThrow()).isBetween(-0.5, 0.5);
    assertThat(c.tauBToTruth(SUPPORT.name()).orElseThrow())
        .isCloseTo(KendallTau.tauB(c.order(SUPPORT.name()), SIMULATED.truth()), within(1e-12));
    assertThat(c.topKToTruth(SUPPORT.name()).orElseThrow())
        .isEqualTo(TopKOverlap.of(c.order(SUPPORT.name()), SIMULATED.truth(), 5));
    assertThat(c.table()).contains("truth");
  }

  @Test
  void refusesNoRuleTheSameRuleTwiceAndUnknownNames() {
    Dataset data = SIMULATED.dataset();
    assertThatThrownBy(() -> Comparison.of(data, List.of(), 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Comparison.of(data, List.of(SUPPORT, SUPPORT), 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Comparison.of(data, List.of(SUPPORT), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Comparison.of(data, List.of(SUPPORT), 3).order("nope"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
