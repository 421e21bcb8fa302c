package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.DayFigures;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;

/** Participation per calendar day of the consultation's time zone. */
class DashboardPerDayTest {

  private final DashboardFixture f = new DashboardFixture();

  @Test
  void aContributionCountsOnItsDayInParis() {
    ConsultationId c = f.open(TestWorld.PARIS);
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.at("2026-03-02T23:30:00Z"); // 00:30 on 3 March in Paris
    f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");

    DashboardFigures figures = f.figures(f.w.visitor, c);

    assertThat(figures.zone()).isEqualTo(TestWorld.PARIS);
    assertThat(figures.days())
        .extracting(DayFigures::day)
        .containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
    assertThat(DashboardFixture.day(figures, "2026-03-02").contributions()).isZero();
    assertThat(DashboardFixture.day(figures, "2026-03-03").contributions()).isEqualTo(1);
  }

  @Test
  void theSameInstantCountsOnTheDayBeforeInGuadeloupe() {
    ConsultationId c = f.open(TestWorld.GUADELOUPE);
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.at("2026-03-02T23:30:00Z"); // 19:30 on 2 March in Pointe-à-Pitre
    f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");

    DashboardFigures figures = f.figures(f.w.visitor, c);

    assertThat(figures.days())
        .extracting(DayFigures::day)
        .containsExactly(LocalDate.of(2026, 3, 2));
    assertThat(figures.days().get(0).registrations()).isEqualTo(1);
    assertThat(figures.days().get(0).contributions()).isEqualTo(1);
  }

  @Test
  void quietDaysAppearWithZerosAndTheTotalsCarryOn() {
    ConsultationId c = f.open(TestWorld.PARIS);
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.at("2026-03-02T10:00:00Z");
    f.w.submit(f.w.alice, c, theme, "Première idée");
    f.at("2026-03-05T10:00:00Z");
    f.w.submit(f.w.alice, c, theme, "Deuxième idée");
    f.at("2026-03-06T10:00:00Z");

    DashboardFigures figures = f.figures(f.w.visitor, c);

    assertThat(figures.days()).hasSize(5);
    assertThat(figures.days())
        .extracting(DayFigures::contributions)
        .containsExactly(1L, 0L, 0L, 1L, 0L);
    assertThat(figures.days())
        .extracting(DayFigures::totalContributions)
        .containsExactly(1L, 1L, 1L, 2L, 2L);
    assertThat(figures.days())
        .extracting(DayFigures::registrations)
        .containsExactly(1L, 0L, 0L, 0L, 0L);
  }

  @Test
  void afterClosingTheDaysStopAtTheLastDayOpen() {
    ConsultationId c =
        f.publish(
            f.w.draft(
                ConsultationSettings.defaults(),
                Schedule.days(
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), TestWorld.PARIS)));
    f.w.register(f.w.alice, c);
    f.at("2026-03-20T12:00:00Z");

    DashboardFigures figures = f.figures(f.w.visitor, c);

    assertThat(figures.days())
        .extracting(DayFigures::day)
        .containsExactly(
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4));
    assertThat(figures.days()).extracting(DayFigures::totalRegistrations).containsOnly(1L);
  }

  @Test
  void registrationsBeforeTheOpeningStartTheSeriesEarlier() {
    ConsultationId c = f.publish(f.w.draft(ConsultationSettings.defaults(), f.w.opensTomorrow()));
    f.w.register(f.w.alice, c);

    DashboardFigures figures = f.figures(f.w.visitor, c);

    assertThat(figures.days())
        .extracting(DayFigures::day)
        .containsExactly(LocalDate.of(2026, 3, 2));
    assertThat(figures.days().get(0).registrations()).isEqualTo(1);
  }

  @Test
  void commentsAndBallotsCountOnTheDayTheyWerePostedAndFirstCast() {
    ConsultationId c = f.open(TestWorld.PARIS);
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.w.register(f.w.bob, c);
    f.w.register(f.w.carol, c);
    Contribution idea = f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");
    f.at("2026-03-03T09:00:00Z");
    f.comment(f.w.bob, c, idea);
    f.support(f.w.carol, c, idea);
    f.at("2026-03-04T09:00:00Z");
    f.support(f.w.bob, c, idea);
    f.support(f.w.carol, c, idea); // cast again: still counts on the day first cast

    DashboardFigures figures = f.figures(f.w.visitor, c);

    assertThat(figures.votesVisible()).isTrue();
    assertThat(figures.days()).extracting(DayFigures::comments).containsExactly(0L, 1L, 0L);
    assertThat(figures.days()).extracting(DayFigures::ballots).containsExactly(0L, 1L, 1L);
    assertThat(figures.days()).extracting(DayFigures::totalBallots).containsExactly(0L, 1L, 2L);
    assertThat(figures.days())
        .extracting(DayFigures::totalRegistrations)
        .containsExactly(3L, 3L, 3L);
  }

  @Test
  void aRetractedBallotNoLongerCounts() {
    ConsultationId c = f.open(TestWorld.PARIS);
    ThemeId theme = f.w.theme(c, "Mobilité");
    f.w.register(f.w.alice, c);
    f.w.register(f.w.bob, c);
    Contribution idea = f.w.submit(f.w.alice, c, theme, "Des pistes cyclables");
    f.support(f.w.bob, c, idea);
    f.engine.votes().retract(f.w.bob, new RetractBallot(c, idea.id()));

    assertThat(f.figures(f.w.visitor, c).days())
        .extracting(DayFigures::ballots)
        .containsExactly(0L);
  }

  @Test
  void theFiguresDependOnlyOnTheStoreAndTheClock() {
    Scene s = new Scene();

    assertThat(s.engine.dashboard().figures(s.w.visitor, s.c))
        .isEqualTo(s.engine.dashboard().figures(s.w.visitor, s.c));
  }
}
