package org.openconsultation.core.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openconsultation.core.ranking.Items.CONTEXT;
import static org.openconsultation.core.ranking.Items.NOW;
import static org.openconsultation.core.ranking.Items.id;
import static org.openconsultation.core.ranking.Items.references;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.Tally;

/** Net support halved every half-life, by the context's clock. */
class HotRuleTest {

  private static RankingItem aged(long reference, long supports, long oppositions, Duration age) {
    return Items.item(
        reference,
        ContributionKind.INDIVIDUAL,
        NOW.minus(age),
        0,
        new Tally(id(reference), supports, oppositions, 0, List.of()),
        0);
  }

  @Test
  void theNetScoreHalvesEveryHalfLife() {
    List<RankingEntry> entries =
        new HotRule()
            .rank(
                List.of(
                    aged(1, 11, 3, Duration.ofDays(2)), // 8 / 4 = 2
                    aged(2, 3, 0, Duration.ZERO), // 3
                    aged(3, 4, 0, Duration.ofDays(1)), // 4 / 2 = 2, but newer than C-1
                    aged(4, 0, 2, Duration.ZERO), // -2
                    aged(5, 0, 0, Duration.ofDays(3))), // 0
                CONTEXT);

    assertThat(references(entries)).containsExactly("C-2", "C-3", "C-1", "C-5", "C-4");
    assertThat(entries).extracting(RankingEntry::score).containsExactly(3.0, 2.0, 2.0, 0.0, -2.0);
    assertThat(entries.get(2).explanation())
        .isEqualTo("11 supports, 3 oppositions, 48.00 h old, half-life 24 h: hot 2.00");
  }

  @Test
  void readsTheContextsClockAndItsHalfLife() {
    HotRule sixHours = new HotRule(Duration.ofHours(6));
    Instant submitted = NOW.minus(Duration.ofHours(12));
    assertThat(sixHours.score(9, 1, submitted, NOW)).isEqualTo(2.0);
    assertThat(sixHours.score(9, 1, submitted, NOW.plus(Duration.ofHours(6)))).isEqualTo(1.0);
    // A submission that looks later than the clock has age 0.
    assertThat(sixHours.score(9, 1, NOW.plusSeconds(60), NOW)).isEqualTo(8.0);
    assertThat(sixHours.parameters()).isEqualTo(Map.of("halfLife", "PT6H"));
    assertThatThrownBy(() -> new HotRule(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
