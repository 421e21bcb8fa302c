package org.openconsultation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.UpdateProfile;
import org.openconsultation.core.model.ConflictException;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.InvalidInputException;
import org.openconsultation.core.model.NotFoundException;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Schedule;

/** Registrations, consent to the terms, profiles and the daily count. */
class ParticipantsTest {

  private final TestWorld w = new TestWorld();
  private final ConsultationEngine engine = w.engine;

  @Test
  void registeringRecordsTheProfileAndTheTermsConsentedTo() {
    ConsultationId c = w.open();

    Participant p =
        engine
            .participants()
            .register(
                w.alice,
                new Register(c, "Alice Martin", ParticipantKind.PERSON, "974", TestWorld.TERMS));

    assertThat(p.id()).isEqualTo(w.alice.participant());
    assertThat(p.displayName()).isEqualTo("Alice Martin");
    assertThat(p.territory()).isEqualTo("974");
    assertThat(p.termsVersion()).isEqualTo(TestWorld.TERMS);
    assertThat(p.registeredAt()).isEqualTo(TestWorld.T0);
    assertThat(engine.participants().get(w.visitor, c, w.alice.participant())).isEqualTo(p);
    assertThat(engine.participants().count(w.visitor, c)).isEqualTo(1);
  }

  @Test
  void registeringTwiceIsAConflictAndChangesNothing() {
    ConsultationId c = w.open();
    Participant first = w.register(w.alice, c);

    ConflictException e = Failures.thrown(ConflictException.class, () -> w.register(w.alice, c));

    assertThat(e.code()).isEqualTo("participant.already-registered");
    assertThat(engine.participants().get(w.visitor, c, w.alice.participant())).isEqualTo(first);
    assertThat(engine.participants().count(w.visitor, c)).isEqualTo(1);
  }

  @Test
  void registeringNeedsTheCurrentTerms() {
    ConsultationId c = w.open();

    InvalidInputException e =
        Failures.thrown(
            InvalidInputException.class,
            () ->
                engine
                    .participants()
                    .register(
                        w.alice, new Register(c, "Alice", ParticipantKind.PERSON, null, "2")));

    assertThat(e.violations().get(0).code()).isEqualTo("participant.terms");
    assertThat(engine.participants().count(w.organiser, c)).isZero();
  }

  @Test
  void registeringIsPossibleBeforeTheOpening() {
    ConsultationId c = w.draft(ConsultationSettings.defaults(), w.opensTomorrow());
    engine.consultations().publish(w.organiser, c);

    assertThat(w.register(w.alice, c).id()).isEqualTo(w.alice.participant());
  }

  @Test
  void aParticipantChangesTheirProfile() {
    ConsultationId c = w.open();
    Participant before = w.register(w.alice, c);
    w.clock.advance(Duration.ofDays(1));

    Participant after =
        engine
            .participants()
            .updateProfile(
                w.alice,
                new UpdateProfile(c, "Collectif Vélo", ParticipantKind.ASSOCIATION, "971"));

    assertThat(after.displayName()).isEqualTo("Collectif Vélo");
    assertThat(after.kind()).isEqualTo(ParticipantKind.ASSOCIATION);
    assertThat(after.territory()).isEqualTo("971");
    assertThat(after.registeredAt()).isEqualTo(before.registeredAt());
    assertThat(after.termsVersion()).isEqualTo(before.termsVersion());
    assertThat(engine.participants().get(w.visitor, c, w.alice.participant())).isEqualTo(after);
  }

  @Test
  void anUnknownParticipantIsNotFound() {
    ConsultationId c = w.open();
    NotFoundException e =
        Failures.thrown(
            NotFoundException.class,
            () -> engine.participants().get(w.visitor, c, w.bob.participant()));
    assertThat(e.code()).isEqualTo("participant.not-found");
  }

  @Test
  void registrationsArePerConsultation() {
    ConsultationId one = w.open();
    ConsultationId two = w.open();
    w.register(w.alice, one);

    assertThat(engine.participants().count(w.visitor, one)).isEqualTo(1);
    assertThat(engine.participants().count(w.visitor, two)).isZero();
    Failures.thrown(
        NotFoundException.class,
        () -> engine.participants().get(w.visitor, two, w.alice.participant()));
  }

  @Test
  void registrationsPerDayAreCountedInTheConsultationsTimeZone() {
    // Tahiti is UTC-10: the evening there is the next morning in UTC.
    ZoneId tahiti = ZoneId.of("Pacific/Tahiti");
    Instant start = Instant.parse("2026-03-01T20:00:00Z"); // 10:00 on 1 March in Tahiti
    w.clock.set(start);
    ConsultationId c =
        w.draft(
            ConsultationSettings.defaults(),
            new Schedule(
                start.minus(Duration.ofHours(1)), start.plus(Duration.ofDays(30)), tahiti));
    engine.consultations().publish(w.organiser, c);

    w.register(w.alice, c); // 1 March, 10:00 in Tahiti (1 March in UTC)
    w.clock.set(Instant.parse("2026-03-02T09:30:00Z")); // 1 March, 23:30 in Tahiti
    w.register(w.bob, c);
    w.clock.set(Instant.parse("2026-03-02T10:00:00Z")); // 2 March, 00:00 in Tahiti
    w.register(w.carol, c);
    w.clock.set(Instant.parse("2026-03-04T03:00:00Z")); // 3 March, 17:00 in Tahiti
    w.register(w.dave, c);

    SortedMap<LocalDate, Long> perDay = engine.participants().registrationsPerDay(w.visitor, c);

    assertThat(perDay)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    LocalDate.of(2026, 3, 1), 2L,
                    LocalDate.of(2026, 3, 2), 1L,
                    LocalDate.of(2026, 3, 3), 1L)));
  }

  @Test
  void registrationsPerDayAreEmptyWithoutRegistrations() {
    ConsultationId c = w.open();
    assertThat(engine.participants().registrationsPerDay(w.visitor, c)).isEmpty();
  }
}
