package org.openconsultation.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;

class QuickStartTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T09:30:00Z"), ZoneId.of("Europe/Paris"));

  @Test
  void rankingHasTheSubmittedContributionFirstWithOneSupport() {
    Ranking ranking = QuickStart.run(CLOCK);

    assertThat(ranking.rule()).isEqualTo("support");
    assertThat(ranking.entries()).hasSize(1);
    RankingEntry first = ranking.entries().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.reference()).isEqualTo(new Reference(1));
    assertThat(first.score()).isEqualTo(1.0);
    assertThat(first.explanation()).isEqualTo("1 support");
  }

  @Test
  void runsJustAfterMidnightInAZoneAheadOfUtc() {
    Clock earlyMorning =
        Clock.fixed(Instant.parse("2026-03-09T23:05:00Z"), ZoneId.of("Pacific/Noumea"));

    assertThat(QuickStart.run(earlyMorning).entries()).hasSize(1);
  }
}
