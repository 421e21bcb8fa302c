package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.references;
import static org.openconsultation.core.ranking.Items.votes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reddit's controversy: many ballots, evenly split. */
class ControversyRuleTest {

  @Test
  void evenSplitsOfManyBallotsComeFirst() {
    List<RankingEntry> entries =
        new ControversyRule()
            .rank(
                List.of(
                    votes(1, 10, 10),
                    votes(2, 30, 10),
                    votes(3, 5, 0),
                    votes(4, 3, 3),
                    votes(5, 0, 0)),
                CONTEXT);

    // 20^1, 40^(1/3), 0 (5 ballots), 6^1, 0 (no ballot)
    assertThat(references(entries)).containsExactly("C-1", "C-4", "C-2", "C-3", "C-5");
    assertThat(entries.get(0).score()).isEqualTo(20.0);
    assertThat(entries.get(1).score()).isEqualTo(6.0);
    assertThat(entries.get(2).score()).isCloseTo(3.4199518933533937, within(1e-12));
    assertThat(entries.get(2).explanation())
        .isEqualTo("30 supports, 10 oppositions: controversy 3.42");
    assertThat(entries.get(3).score()).isEqualTo(0.0);
  }
}
