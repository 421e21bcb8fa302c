package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.dashboard.Count;
import org.openconsultation.core.dashboard.DashboardFigures;
import org.openconsultation.core.dashboard.KindFigures;
import org.openconsultation.core.dashboard.TerritoryFigures;
import org.openconsultation.core.dashboard.ThemeFigures;
import org.openconsultation.core.dashboard.WorkshopFigures;
import org.openconsultation.core.dashboard.WorkshopTerritory;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.GeoPoint;

/** Figures per theme, kind, territory and workshop, on the populated {@link Scene}. */
class DashboardBreakdownTest {

  private final Scene s = new Scene();

  private DashboardFigures figures() {
    return s.engine.dashboard().figures(s.w.visitor, s.c);
  }

  @Test
  void perThemeContributionsCommentsBallotsAndSupportsInThemeOrder() {
    assertThat(figures().themes())
        .extracting(
            ThemeFigures::title,
            ThemeFigures::contributions,
            ThemeFigures::comments,
            ThemeFigures::ballots,
            ThemeFigures::supports)
        .containsExactly(tuple("Mobilité", 2L, 1L, 1L, 1L), tuple("Logement", 1L, 1L, 0L, 0L));
  }

  @Test
  void perKindEveryKindEvenWithoutContribution() {
    assertThat(figures().kinds())
        .extracting(
            KindFigures::kind,
            KindFigures::contributions,
            KindFigures::comments,
            KindFigures::supports)
        .containsExactly(
            tuple(ContributionKind.INDIVIDUAL, 2L, 2L, 1L),
            tuple(ContributionKind.COLLECTIVE, 1L, 0L, 0L),
            tuple(ContributionKind.INSTITUTIONAL, 0L, 0L, 0L));
  }

  @Test
  void perTerritoryContributionsAndParticipantsWithTheirTotals() {
    DashboardFigures f = figures();

    assertThat(f.territories().rows())
        .extracting(
            TerritoryFigures::territory,
            TerritoryFigures::contributions,
            TerritoryFigures::participants)
        .containsExactly(
            tuple("75", Count.of(2), Count.of(6)), tuple("971", Count.of(1), Count.of(1)));
    assertThat(f.territories().contributions()).isEqualTo(3);
    assertThat(f.territories().participants()).isEqualTo(7);
    assertThat(f.territories().suppressBelow()).isZero();
  }

  @Test
  void participantsWithoutTerritoryComeLast() {
    s.engine
        .participants()
        .register(
            s.w.dave,
            new org.openconsultation.core.command.Register(
                s.c,
                "Dave",
                org.openconsultation.core.model.ParticipantKind.PERSON,
                null,
                TestWorld.TERMS));

    List<TerritoryFigures> rows = figures().territories().rows();

    assertThat(rows).extracting(TerritoryFigures::territory).containsExactly("75", "971", null);
    assertThat(rows.get(2).participants()).isEqualTo(Count.of(1));
  }

  @Test
  void workshopsCountAttendeesPerTerritoryAndGiveTheirPlaces() {
    s.engine
        .workshops()
        .record(
            s.w.organiser,
            new RecordWorkshop(
                s.c,
                "Atelier de la Bastille",
                "",
                LocalDateTime.of(2026, 3, 10, 18, 30),
                new WorkshopPlace(
                    "Mairie du 11e",
                    "12 place Léon-Blum, Paris",
                    "75",
                    new GeoPoint(48.8575, 2.3797),
                    TestWorld.PARIS),
                30,
                Set.of(),
                List.of(s.mobility)));

    WorkshopFigures w = figures().workshops();

    assertThat(w.workshops()).isEqualTo(2);
    assertThat(w.attendees()).isEqualTo(42);
    assertThat(w.territories())
        .containsExactly(new WorkshopTerritory("75", 1, 30), new WorkshopTerritory("971", 1, 12));
    assertThat(w.points())
        .extracting(p -> p.title(), p -> p.territory(), p -> p.heldOn(), p -> p.attendees())
        .containsExactly(
            tuple("Atelier mobilité", "971", LocalDate.of(2026, 3, 5), 12),
            tuple("Atelier de la Bastille", "75", LocalDate.of(2026, 3, 10), 30));
    assertThat(w.points().get(0).point()).isEqualTo(new GeoPoint(16.2411, -61.5331));
  }
}
