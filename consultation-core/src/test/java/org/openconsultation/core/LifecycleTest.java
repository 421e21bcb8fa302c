package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.CloseEarly;
import org.openconsultation.core.command.ExtendConsultation;
import org.openconsultation.core.command.UpdateSettings;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.Phase;
import org.openconsultation.core.model.PhaseException;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.VoteMode;

/**
 * The phases follow the clock and the organiser's actions, and each phase allows only some
 * operations (the table of {@code docs/domain.md}).
 */
class LifecycleTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;

  // ---------------------------------------------------------------- phases from the clock

  @Test
  void phasesFollowTheClockOncePublished() {
    Instant opens = TestWorld.T0.plus(Duration.ofDays(2));
    Instant closes = opens.plus(Duration.ofDays(10));
    ConsultationId id =
        w.draft(ConsultationSettings.defaults(), new Schedule(opens, closes, TestWorld.PARIS));

    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.DRAFT);
    w.clock.set(opens.plusSeconds(1)); // within the schedule, but still a draft
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.DRAFT);
    w.clock.set(TestWorld.T0);

    engine.consultations().publish(w.organiser, id);
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.SCHEDULED);
    w.clock.set(opens.minusMillis(1));
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.SCHEDULED);
    w.clock.set(opens);
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.OPEN);
    w.clock.set(closes.minusNanos(1));
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.OPEN);
    w.clock.set(closes);
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.CLOSED);
    w.clock.set(closes.plus(Duration.ofDays(400)));
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.CLOSED);
  }

  @Test
  void aDraftPublishedLateOpensOrClosesAtOnce() {
    ConsultationId open = w.draft(ConsultationSettings.defaults(), w.openNow());
    ConsultationId past =
        w.draft(
            ConsultationSettings.defaults(),
            new Schedule(
                TestWorld.T0.minus(Duration.ofDays(10)),
                TestWorld.T0.minus(Duration.ofDays(1)),
                TestWorld.PARIS));

    assertThat(engine.consultations().publish(w.organiser, open).phaseAt(w.clock.instant()))
        .isEqualTo(Phase.OPEN);
    assertThat(engine.consultations().publish(w.organiser, past).phaseAt(w.clock.instant()))
        .isEqualTo(Phase.CLOSED);
  }

  // ---------------------------------------------------------------- organiser actions

  @Test
  void closingEarlyClosesAtOnceWithAPublicReason() {
    ConsultationId id = w.open();
    ThemeId theme = w.theme(id, "Mobilité");
    w.register(w.alice, id);
    Contribution x = w.submit(w.alice, id, theme, "Idée");
    w.clock.advance(Duration.ofDays(3));
    Instant when = w.clock.instant();

    Consultation closed =
        engine
            .consultations()
            .closeEarly(w.organiser, new CloseEarly(id, "Période de réserve électorale"));

    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.CLOSED);
    assertThat(closed.lifecycle().closeReason()).isEqualTo("Période de réserve électorale");
    assertThat(closed.lifecycle().closedEarlyAt()).isEqualTo(when);
    assertThat(closed.effectiveClosing()).isEqualTo(when);
    assertThat(engine.consultations().get(w.visitor, id).lifecycle().closeReason())
        .isEqualTo("Période de réserve électorale");
    assertThat(w.events)
        .contains(
            new DomainEvent.ConsultationClosedEarly(
                id, w.organiser.participant(), when, "Période de réserve électorale"));
    PhaseException e =
        Failures.thrown(
            PhaseException.class,
            () -> engine.votes().cast(w.alice, new CastBallot(id, x.id(), Ballot.support())));
    assertThat(e.code()).isEqualTo("phase.closed");
    assertThat(e.phase()).isEqualTo(Phase.CLOSED);
    assertThat(e.getMessage())
        .isEqualTo("Ce n'est pas possible tant que la consultation est close.");
  }

  @Test
  void closingEarlyBeforeTheOpeningClosesAtOnce() {
    ConsultationId id = w.draft(ConsultationSettings.defaults(), w.opensTomorrow());
    engine.consultations().publish(w.organiser, id);
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.SCHEDULED);

    engine.consultations().closeEarly(w.organiser, new CloseEarly(id, "Annulée"));

    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.CLOSED);
    w.clock.advance(Duration.ofDays(2)); // past the scheduled opening: it never opens
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.CLOSED);
    PhaseException e = Failures.thrown(PhaseException.class, () -> w.register(w.alice, id));
    assertThat(e.code()).isEqualTo("phase.closed");
  }

  @Test
  void anExtensionKeepsTheConsultationOpenUntilTheNewClosingTime() {
    ConsultationId id = w.open();
    ThemeId theme = w.theme(id, "Mobilité");
    w.register(w.alice, id);
    w.register(w.bob, id);
    w.register(w.carol, id);
    Contribution x = w.submit(w.alice, id, theme, "Idée");
    Instant originalClose = engine.consultations().get(w.organiser, id).schedule().closesAt();
    Instant newClose = originalClose.plus(Duration.ofDays(7));

    Consultation extended =
        engine.consultations().extend(w.organiser, new ExtendConsultation(id, newClose));

    assertThat(extended.schedule().closesAt()).isEqualTo(newClose);
    assertThat(extended.schedule().opensAt())
        .isEqualTo(engine.consultations().get(w.organiser, id).schedule().opensAt());
    assertThat(w.events)
        .contains(
            new DomainEvent.ConsultationExtended(
                id, w.organiser.participant(), w.clock.instant(), originalClose, newClose));
    w.clock.set(originalClose.plus(Duration.ofHours(1)));
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.OPEN);
    assertThat(engine.votes().cast(w.bob, new CastBallot(id, x.id(), Ballot.support())).ballot())
        .isEqualTo(Ballot.support());
    w.clock.set(newClose);
    PhaseException e =
        Failures.thrown(
            PhaseException.class,
            () -> engine.votes().cast(w.carol, new CastBallot(id, x.id(), Ballot.support())));
    assertThat(e.code()).isEqualTo("phase.closed");
    assertThat(engine.votes().tally(w.organiser, id, x.id()).supports()).isEqualTo(1);
  }

  @Test
  void resultsArePublishedOnlyOnceClosed() {
    ConsultationId id = w.open();
    Instant closes = engine.consultations().get(w.organiser, id).schedule().closesAt();

    PhaseException early =
        Failures.thrown(
            PhaseException.class, () -> engine.consultations().publishResults(w.organiser, id));
    assertThat(early.code()).isEqualTo("phase.open");
    assertThat(early.phase()).isEqualTo(Phase.OPEN);

    w.clock.set(closes);
    Consultation published = engine.consultations().publishResults(w.organiser, id);
    assertThat(published.lifecycle().resultsPublishedAt()).isEqualTo(closes);
    assertThat(engine.consultations().phase(id)).isEqualTo(Phase.RESULTS_PUBLISHED);

    PhaseException twice =
        Failures.thrown(
            PhaseException.class, () -> engine.consultations().publishResults(w.organiser, id));
    assertThat(twice.code()).isEqualTo("phase.results-published");
  }

  @Test
  void aClosedConsultationIsArchivedWithOrWithoutPublishedResults() {
    ConsultationId withResults = w.open();
    ConsultationId without = w.open();
    PhaseException open =
        Failures.thrown(
            PhaseException.class, () -> engine.consultations().archive(w.organiser, without));
    assertThat(open.code()).isEqualTo("phase.open");

    w.clock.advance(Duration.ofDays(31));
    engine.consultations().publishResults(w.organiser, withResults);
    engine.consultations().archive(w.organiser, withResults);
    engine.consultations().archive(w.organiser, without);

    assertThat(engine.consultations().phase(withResults)).isEqualTo(Phase.ARCHIVED);
    assertThat(engine.consultations().phase(without)).isEqualTo(Phase.ARCHIVED);
    assertThat(engine.consultations().get(w.visitor, without).lifecycle().archivedAt())
        .isEqualTo(w.clock.instant());
    PhaseException again =
        Failures.thrown(
            PhaseException.class, () -> engine.consultations().archive(w.organiser, without));
    assertThat(again.code()).isEqualTo("phase.archived");
  }

  @Test
  void theVoteModeAndScaleChangeOnlyBeforeOpening() {
    ConsultationId scheduled = w.draft(ConsultationSettings.defaults(), w.opensTomorrow());
    engine.consultations().publish(w.organiser, scheduled);
    ConsultationId open = w.open();
    ConsultationSettings approval = ConsultationSettings.defaults().withVoteMode(VoteMode.APPROVAL);

    assertThat(
            engine
                .consultations()
                .updateSettings(w.organiser, new UpdateSettings(scheduled, approval))
                .settings()
                .voteMode())
        .isEqualTo(VoteMode.APPROVAL);

    InvalidInputException mode =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .consultations()
                    .updateSettings(w.organiser, new UpdateSettings(open, approval)));
    InvalidInputException scale =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .consultations()
                    .updateSettings(
                        w.organiser,
                        new UpdateSettings(
                            open, ConsultationSettings.defaults().withGradeCount(4))));
    assertThat(mode.violations()).extracting(v -> v.code()).containsExactly("settings.vote-mode");
    assertThat(scale.violations()).extracting(v -> v.code()).containsExactly("settings.vote-mode");
    assertThat(engine.consultations().get(w.organiser, open).settings())
        .isEqualTo(ConsultationSettings.defaults());

    // Other settings may still change while open.
    assertThat(
            engine
                .consultations()
                .updateSettings(
                    w.organiser,
                    new UpdateSettings(open, ConsultationSettings.defaults().withSupportLimit(3)))
                .settings()
                .supportLimit())
        .isEqualTo(3);
  }

  // ---------------------------------------------------------------- results hidden until close

  @Test
  void hiddenResultsAreRefusedToParticipantsButShownToOrganisersAndModeratorsUntilClose() {
    ConsultationId id = w.open(ConsultationSettings.defaults().withResultsHiddenUntilClose(true));
    ThemeId theme = w.theme(id, "Mobilité");
    w.register(w.alice, id);
    w.register(w.bob, id);
    Contribution x = w.submit(w.alice, id, theme, "Idée");
    engine.votes().cast(w.bob, new CastBallot(id, x.id(), Ballot.support()));

    for (Actor reader : List.of(w.alice, w.bob, w.visitor, w.facilitator)) {
      PhaseException tally =
          Failures.thrown(PhaseException.class, () -> engine.votes().tally(reader, id, x.id()));
      PhaseException ranking =
          Failures.thrown(
              PhaseException.class, () -> engine.rankings().rank(reader, RankingQuery.of(id)));
      assertThat(tally.code()).isEqualTo("results-hidden");
      assertThat(tally.phase()).isEqualTo(Phase.OPEN);
      assertThat(ranking.code()).isEqualTo("results-hidden");
    }
    PhaseException english =
        Failures.thrown(
            PhaseException.class,
            () -> engine.votes().tally(w.alice.withLocale(Locale.ENGLISH), id, x.id()));
    assertThat(english.getMessage())
        .isEqualTo("Results stay hidden until the consultation closes.");
    for (Actor reader : List.of(w.organiser, w.moderator)) {
      assertThat(engine.votes().tally(reader, id, x.id()).supports()).isEqualTo(1);
      assertThat(engine.rankings().rank(reader, RankingQuery.of(id)).order())
          .containsExactly(x.id());
    }

    w.clock.advance(Duration.ofDays(31));
    for (Actor reader : List.of(w.alice, w.bob, w.visitor)) {
      assertThat(engine.votes().tally(reader, id, x.id()).supports()).isEqualTo(1);
      assertThat(engine.rankings().rank(reader, RankingQuery.of(id)).order())
          .containsExactly(x.id());
    }
    engine.consultations().publishResults(w.organiser, id);
    assertThat(engine.votes().tally(w.visitor, id, x.id()).supports()).isEqualTo(1);
  }

  @Test
  void visibleResultsAreShownToEveryoneWhileOpen() {
    ConsultationId id = w.open();
    ThemeId theme = w.theme(id, "Mobilité");
    w.register(w.alice, id);
    Contribution x = w.submit(w.alice, id, theme, "Idée");

    assertThat(engine.votes().tally(w.visitor, id, x.id()).ballots()).isZero();
    assertThat(engine.rankings().rank(w.visitor, RankingQuery.of(id)).order())
        .containsExactly(x.id());
  }

  // ---------------------------------------------------------------- what each phase allows

  static Stream<Arguments> phaseTable() {
    return PhaseTable.cells();
  }

  @ParameterizedTest(name = "{0} while {1}")
  @MethodSource("phaseTable")
  void eachPhaseAllowsWhatTheTableSaysAndRefusesTheRest(PhaseTable.Row row, Phase phase) {
    PhaseTable.Staged s = new PhaseTable.Staged(phase);
    Throwable t = catchThrowable(() -> row.op().run(s));
    if (row.allowed().contains(phase)) {
      assertThat(t).as("%s while %s", row.name(), phase).isNull();
    } else {
      assertThat(t).as("%s while %s", row.name(), phase).isInstanceOf(PhaseException.class);
      PhaseException e = (PhaseException) t;
      assertThat(e.phase()).isEqualTo(phase);
      assertThat(e.code())
          .isEqualTo("phase." + phase.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }
}
