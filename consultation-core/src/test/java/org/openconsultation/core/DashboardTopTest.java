package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.TopContributions;
import org.openconsultation.core.dashboard.TopEntry;
import org.openconsultation.core.dashboard.svg.DataRow;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.ranking.Ranking;
import org.openconsultation.core.ranking.RankingEntry;

/** The top published contributions per ranking rule. */
class DashboardTopTest {

  private final Scene s = new Scene();

  @Test
  void byDefaultTheConsultationsDefaultRuleRanksTheTop() {
    TopContributions top = s.engine.dashboard().top(s.w.visitor, s.c, 2);

    assertThat(top.rule()).isEqualTo("support");
    assertThat(top.resultsHidden()).isFalse();
    assertThat(top.entries()).hasSize(2);
    TopEntry first = top.entries().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.reference()).isEqualTo(s.aliceIdea.reference());
    assertThat(first.title()).isEqualTo("Des pistes cyclables");
    assertThat(first.score()).isEqualTo(1.0);
  }

  @Test
  void theTopIsTheHeadOfTheRankingsOwnOrderWithTheSameScoresAndExplanations() {
    for (String rule : List.of("support", "recent", "most-commented", "wilson")) {
      Ranking ranking = s.engine.rankings().rank(s.w.visitor, RankingQuery.of(s.c).rule(rule));
      TopContributions top = s.engine.dashboard().top(s.w.visitor, s.c, List.of(rule), 2).get(0);

      assertThat(top.entries())
          .extracting(TopEntry::reference, TopEntry::score, TopEntry::explanation)
          .containsExactlyElementsOf(
              ranking.entries().subList(0, 2).stream()
                  .map(e -> tuple(e.reference(), e.score(), e.explanation()))
                  .toList());
      assertThat(top.ruleVersion()).isEqualTo(ranking.ruleVersion());
    }
  }

  @Test
  void severalRulesComeInTheOrderAskedEachOnce() {
    List<TopContributions> top =
        s.engine.dashboard().top(s.w.visitor, s.c, List.of("recent", "support", "recent"), 10);

    assertThat(top).extracting(TopContributions::rule).containsExactly("recent", "support");
    assertThat(top.get(0).entries()).hasSize(3);
  }

  @Test
  void hiddenContributionsAreNeverInTheTop() {
    new DashboardFixture(s.w).hide(s.c, s.aliceIdea);

    assertThat(s.engine.dashboard().top(s.w.organiser, s.c, 10).entries())
        .extracting(TopEntry::contribution)
        .doesNotContain(s.aliceIdea.id())
        .hasSize(2);
  }

  @Test
  void anUnknownRuleOrACountOutOfRangeIsRefused() {
    InvalidInputException unknown =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> s.engine.dashboard().top(s.w.visitor, s.c, List.of("nope"), 3));

    assertThat(unknown.violations().get(0).code()).isEqualTo("ranking.rule");
    assertThatThrownBy(() -> s.engine.dashboard().top(s.w.visitor, s.c, 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.engine.dashboard().top(s.w.visitor, s.c, 101))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theTopRendersAsATableOfReferenceAndTitleScoreAndExplanation() {
    TopContributions top = s.engine.dashboard().top(s.w.visitor, s.c, 1);
    RankingEntry first =
        s.engine.rankings().rank(s.w.visitor, RankingQuery.of(s.c)).entries().get(0);

    var table = DashboardCharts.top(top, Locale.ENGLISH);

    assertThat(table.caption()).isEqualTo("Top contributions by the rule support");
    assertThat(table.rows()).extracting(DataRow::label).containsExactly("C-1 Des pistes cyclables");
    assertThat(table.rows().get(0).cells().get(0).text()).isEqualTo("1");
    assertThat(table.rows().get(0).cells().get(1).text()).isEqualTo(first.explanation());
  }
}
