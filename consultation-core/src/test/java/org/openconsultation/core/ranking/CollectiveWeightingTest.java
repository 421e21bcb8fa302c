package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.NOW;
import static org.openconsultation.core.ranking.Items.id;
import static org.openconsultation.core.ranking.Items.references;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;

/** Weighting a workshop's contribution, and ranking each kind on its own. */
class CollectiveWeightingTest {

  /** C-1 and C-2 individual; C-3 a workshop of 30 attendees; C-4 an institution. */
  private static final List<RankingItem> ITEMS =
      List.of(
          item(1, ContributionKind.INDIVIDUAL, 0, 25, 2),
          item(2, ContributionKind.INDIVIDUAL, 0, 12, 0),
          item(3, ContributionKind.COLLECTIVE, 30, 4, 1),
          item(4, ContributionKind.INSTITUTIONAL, 0, 8, 0));

  private static RankingItem item(
      long reference, ContributionKind kind, int attendees, long supports, long oppositions) {
    return Items.item(
        reference,
        kind,
        NOW,
        attendees,
        new Tally(id(reference), supports, oppositions, 1, List.of(0L, 2L, 1L)),
        0);
  }

  @Test
  void aPlainVoteCountBuriesTheWorkshop() {
    assertThat(references(new SupportCountRule().rank(ITEMS, CONTEXT)))
        .containsExactly("C-1", "C-2", "C-4", "C-3");
  }

  @Test
  void attendeesCountAsSupportsOfTheirWorkshopsContribution() {
    RankingRule rule = WeightedRule.of(new SupportCountRule(), CollectiveWeighting.attendees());
    List<RankingEntry> entries = rule.rank(ITEMS, CONTEXT);

    assertThat(references(entries)).containsExactly("C-3", "C-1", "C-2", "C-4");
    assertThat(entries.get(0).score()).isEqualTo(34.0);
    assertThat(entries.get(0).explanation())
        .isEqualTo("34 supports (collective: +30 attendees as supports)");
    assertThat(entries.get(1).explanation()).isEqualTo("25 supports");
    assertThat(rule.name()).isEqualTo("support");
    assertThat(rule.parameters()).isEqualTo(Map.of("collective", "attendees"));
  }

  @Test
  void aFactorMultipliesEveryCountOfTheWorkshopsTally() {
    RankingItem workshop = ITEMS.get(2);
    Tally t = CollectiveWeighting.factor(2.5).apply(workshop).tally();

    assertThat(t.supports()).isEqualTo(10);
    assertThat(t.oppositions()).isEqualTo(3); // 2.5 rounded half up
    assertThat(t.neutrals()).isEqualTo(3);
    assertThat(t.grades()).containsExactly(0L, 5L, 3L);
    // Other kinds are never changed.
    assertThat(CollectiveWeighting.factor(2.5).apply(ITEMS.get(0))).isSameAs(ITEMS.get(0));

    RankingRule rule = WeightedRule.of(new NetScoreRule(), CollectiveWeighting.factor(4));
    List<RankingEntry> entries = rule.rank(ITEMS, CONTEXT);
    // C-3 and C-2 both net 12: the workshop's 16 supports beat C-2's 12.
    assertThat(references(entries)).containsExactly("C-1", "C-3", "C-2", "C-4");
    assertThat(entries.get(1).explanation())
        .isEqualTo("16 supports, 4 oppositions: net 12 (collective: ballots × 4)");
  }

  @Test
  void noWeightingLeavesTheRuleAsItIs() {
    SupportCountRule rule = new SupportCountRule();
    assertThat(WeightedRule.of(rule, CollectiveWeighting.none())).isSameAs(rule);
    assertThat(CollectiveWeighting.none().apply(ITEMS.get(2))).isSameAs(ITEMS.get(2));
    assertThat(CollectiveWeighting.factor(1.5)).isEqualTo(CollectiveWeighting.factor(1.5));
    assertThat(CollectiveWeighting.factor(1.5)).hasToString("factor(1.5)");
    assertThat(CollectiveWeighting.attendees()).hasToString("attendees");
    assertThatThrownBy(() -> CollectiveWeighting.factor(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CollectiveWeighting.factor(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void strataRankEachKindOnItsOwn() {
    StratifiedRanking strata = StratifiedRanking.of(new SupportCountRule(), ITEMS, CONTEXT);

    assertThat(strata.strata().keySet())
        .containsExactly(
            ContributionKind.INDIVIDUAL,
            ContributionKind.COLLECTIVE,
            ContributionKind.INSTITUTIONAL);
    assertThat(strata.stratum(ContributionKind.INDIVIDUAL).references())
        .extracting(Object::toString)
        .containsExactly("C-1", "C-2");
    Ranking collective = strata.stratum(ContributionKind.COLLECTIVE);
    assertThat(collective.entries()).hasSize(1);
    assertThat(collective.entries().get(0).rank()).isEqualTo(1);
    assertThat(collective.rule()).isEqualTo("support");
    assertThat(collective.computedAt()).isEqualTo(NOW);
    assertThat(
            StratifiedRanking.of(new SupportCountRule(), List.of(), CONTEXT)
                .stratum(ContributionKind.INSTITUTIONAL)
                .entries())
        .isEmpty();
  }
}
