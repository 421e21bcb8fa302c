package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.references;
import static org.openconsultation.core.ranking.Items.votes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Supports minus oppositions; ties to more supports, then to the lower reference. */
class NetScoreRuleTest {

  private final NetScoreRule rule = new NetScoreRule();

  @Test
  void ranksByNetScoreThenByTurnout() {
    List<RankingEntry> entries =
        rule.rank(
            List.of(
                votes(1, 5, 1), votes(2, 3, 0), votes(3, 4, 0), votes(4, 10, 7), votes(5, 0, 2)),
            CONTEXT);

    assertThat(references(entries)).containsExactly("C-1", "C-3", "C-4", "C-2", "C-5");
    assertThat(entries).extracting(RankingEntry::score).containsExactly(4.0, 4.0, 3.0, 3.0, -2.0);
    assertThat(entries.get(0).explanation()).isEqualTo("5 supports, 1 opposition: net 4");
    assertThat(entries.get(4).explanation()).isEqualTo("0 supports, 2 oppositions: net -2");
  }

  @Test
  void equalNetScoresAndSupportsGoToTheLowerReference() {
    assertThat(references(rule.rank(List.of(votes(9, 2, 1), votes(4, 2, 1)), CONTEXT)))
        .containsExactly("C-4", "C-9");
  }
}
