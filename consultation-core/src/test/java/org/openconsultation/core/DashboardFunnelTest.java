package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.dashboard.DashboardCharts;
import org.openconsultation.core.dashboard.Funnel;
import org.openconsultation.core.dashboard.svg.DataCell;
import org.openconsultation.core.dashboard.svg.DataRow;
import org.openconsultation.core.model.InvalidInputException;

/** Visited, registered, contributed, voted. */
class DashboardFunnelTest {

  private final Scene s = new Scene();

  @Test
  void countsRegistrationsDistinctAuthorsAndDistinctVoters() {
    Funnel funnel = s.engine.dashboard().funnel(s.w.visitor, s.c, 250);

    assertThat(funnel.visitors()).isEqualTo(250);
    assertThat(funnel.registered()).isEqualTo(7);
    assertThat(funnel.contributed()).isEqualTo(3); // alice, bob and the workshop's facilitator
    assertThat(funnel.voted()).isEqualTo(1); // carol
    assertThat(funnel.visitorsBelowRegistered()).isFalse();
  }

  @Test
  void anAuthorOfSeveralContributionsCountsOnce() {
    s.w.submit(s.w.alice, s.c, s.housing, "Des logements près des gares");

    assertThat(s.engine.dashboard().funnel(s.w.visitor, s.c, 250).contributed()).isEqualTo(3);
  }

  @Test
  void fewerVisitorsThanRegistrationsIsAllowedButFlagged() {
    Funnel funnel = s.engine.dashboard().funnel(s.w.visitor, s.c, 5);

    assertThat(funnel.visitorsBelowRegistered()).isTrue();
    assertThat(DashboardCharts.funnel(funnel, Locale.ENGLISH).table().caption())
        .contains("fewer visitors reported than registered participants");
  }

  @Test
  void aNegativeVisitorCountIsRefusedInTheReadersLanguage() {
    InvalidInputException fr =
        catchThrowableOfType(
            InvalidInputException.class, () -> s.engine.dashboard().funnel(s.w.visitor, s.c, -1));
    InvalidInputException en =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> s.engine.dashboard().funnel(s.w.visitor.withLocale(Locale.ENGLISH), s.c, -1));

    assertThat(fr.violations().get(0).code()).isEqualTo("dashboard.visitors");
    assertThat(fr.violations().get(0).path()).isEqualTo("visitors");
    assertThat(fr.violations().get(0).message()).contains("négatif");
    assertThat(en.violations().get(0).message()).contains("cannot be negative");
  }

  @Test
  void theChartShowsTheFourStagesAndHidesVotesWhenHidden() {
    Funnel shown = s.engine.dashboard().funnel(s.w.visitor, s.c, 250);
    Funnel hidden = Funnel.of(s.c, 250, 7, 3, null);

    assertThat(DashboardCharts.funnel(shown, Locale.FRENCH).table().rows())
        .extracting(DataRow::label)
        .containsExactly("Visiteurs", "Inscrits", "Ont contribué", "Ont voté");
    assertThat(DashboardCharts.funnel(shown, Locale.FRENCH).table().column(0))
        .extracting(DataCell::text)
        .containsExactly("250", "7", "3", "1");
    assertThat(DashboardCharts.funnel(hidden, Locale.FRENCH).table().column(0).get(3))
        .isEqualTo(DataCell.text("masqué"));
  }
}
