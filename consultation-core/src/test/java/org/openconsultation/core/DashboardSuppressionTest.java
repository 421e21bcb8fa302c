package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.dashboard.Count;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.DashboardQuery;
import org.openconsultation.core.dashboard.TerritoryBreakdown;
import org.openconsultation.core.dashboard.TerritoryFigures;
import org.openconsultation.core.dashboard.svg.DataCell;
import org.openconsultation.core.dashboard.svg.DataRow;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.ThemeId;

/** Small-cell suppression of the territory breakdown. */
class DashboardSuppressionTest {

  private final DashboardFixture f = new DashboardFixture();
  private final ConsultationId c = f.open(TestWorld.PARIS);
  private final ThemeId theme = f.w.theme(c, "Mobilité");
  private int people;

  /** Registers {@code n} people of {@code territory}; returns the last. */
  private Actor people(String territory, int n) {
    Actor last = null;
    for (int i = 0; i < n; i++) {
      last = f.person(c, "p" + ++people, territory);
    }
    return last;
  }

  private TerritoryBreakdown territories(int k) {
    return f.engine
        .dashboard()
        .figures(f.w.visitor, c, DashboardQuery.defaults().suppressBelow(k))
        .territories();
  }

  private static List<Count> participants(TerritoryBreakdown t) {
    return t.rows().stream().map(TerritoryFigures::participants).toList();
  }

  private static List<Count> contributions(TerritoryBreakdown t) {
    return t.rows().stream().map(TerritoryFigures::contributions).toList();
  }

  @Test
  void suppressionIsOffByDefault() {
    people("75", 8);
    people("971", 2);

    TerritoryBreakdown t = f.engine.dashboard().figures(f.w.visitor, c).territories();

    assertThat(DashboardQuery.defaults().suppresses()).isFalse();
    assertThat(participants(t)).containsExactly(Count.of(8), Count.of(2));
  }

  @Test
  void countsBelowTheThresholdAreWithheldAndTotalsStayExact() {
    people("75", 8);
    people("971", 2);
    people("974", 3);

    TerritoryBreakdown t = territories(5);

    assertThat(participants(t)).containsExactly(Count.of(8), Count.withheld(), Count.withheld());
    assertThat(t.participants()).isEqualTo(13);
    assertThat(t.suppressBelow()).isEqualTo(5);
  }

  @Test
  void aSingleWithheldCountTakesTheNextSmallestCountWithIt() {
    people("69", 6);
    people("75", 8);
    people("971", 2);

    assertThat(participants(territories(5)))
        .containsExactly(Count.withheld(), Count.of(8), Count.withheld());
  }

  @Test
  void aCountAtTheThresholdIsShown() {
    people("75", 5);
    people("971", 5);

    assertThat(participants(territories(5))).containsExactly(Count.of(5), Count.of(5));
  }

  @Test
  void zerosAreNeverWithheldUnlessNothingElseCanHideASingleCount() {
    people("75", 8);
    people("971", 6);
    Actor overseas = people("974", 1);
    f.w.submit(overseas, c, theme, "Des bus le dimanche");

    TerritoryBreakdown t = territories(5);

    // Contributions: 0, 0, 1 — the 1 is withheld, and only a zero is left to hide it.
    assertThat(contributions(t)).containsExactly(Count.withheld(), Count.of(0), Count.withheld());
    // Participants: 8, 6, 1 — the 1 is withheld with the 6, the next smallest.
    assertThat(participants(t)).containsExactly(Count.of(8), Count.withheld(), Count.withheld());
  }

  @Test
  void eachColumnIsSuppressedOnItsOwn() {
    Actor paris = people("75", 3);
    people("971", 9);
    for (int i = 0; i < 6; i++) {
      f.w.submit(paris, c, theme, "Idée " + i);
    }

    TerritoryBreakdown t = territories(5);

    assertThat(contributions(t)).containsExactly(Count.of(6), Count.of(0));
    assertThat(participants(t)).containsExactly(Count.withheld(), Count.withheld());
  }

  @Test
  void aSingleTerritoryCannotBeHiddenByAnotherAndIsWithheldAlone() {
    people("75", 2);

    assertThat(participants(territories(5))).containsExactly(Count.withheld());
  }

  @Test
  void withheldCountsShowAsLessThanTheThresholdWithoutABar() {
    people("75", 8);
    people("971", 2);
    people("974", 3);
    var figures =
        f.engine.dashboard().figures(f.w.visitor, c, DashboardQuery.defaults().suppressBelow(5));

    var table = DashboardCharts.of(figures, Locale.FRENCH).territories().table();

    assertThat(table.rows()).extracting(DataRow::label).containsExactly("75", "971", "974");
    assertThat(table.column(1)).extracting(DataCell::text).containsExactly("8", "< 5", "< 5");
    assertThat(table.column(1).get(1).plotted()).isFalse();
    assertThat(table.caption()).contains("effectifs de 1 à 4 masqués");
  }

  @Test
  void aNegativeThresholdIsRefused() {
    assertThatThrownBy(() -> DashboardQuery.defaults().suppressBelow(-1))
        .isInstanceOf(InvalidInputException.class);
  }
}
