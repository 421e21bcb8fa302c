package org.openconsultation.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.openconsultation.core.command.AddTheme;
import org.openconsultation.core.command.CreateConsultation;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.Register;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.event.DomainEvent;
import org.openconsultation.core.event.DomainEventListener;
import org.openconsultation.core.memory.InMemoryStore;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.spi.ConsultationStore;

/**
 * An engine on a fresh in-memory store with a hand-moved clock, a cast of actors and helpers that
 * set up the usual situations. Every domain event the engine announces is kept in {@link #events}.
 */
final class TestWorld {

  /** Where the clock starts. */
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");
  static final String TERMS = "1";

  final MutableClock clock = new MutableClock(T0);
  final ConsultationStore store;
  final ConsultationEngine engine;
  final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  final Actor organiser = Actor.of(ParticipantId.of("organiser"), Role.ORGANISER);
  final Actor moderator = Actor.of(ParticipantId.of("moderator"), Role.MODERATOR);
  final Actor facilitator = Actor.of(ParticipantId.of("facilitator"), Role.FACILITATOR);
  final Actor otherFacilitator = Actor.of(ParticipantId.of("facilitator-2"), Role.FACILITATOR);
  final Actor alice = Actor.participant(ParticipantId.of("alice"));
  final Actor bob = Actor.participant(ParticipantId.of("bob"));
  final Actor carol = Actor.participant(ParticipantId.of("carol"));
  final Actor dave = Actor.participant(ParticipantId.of("dave"));
  final Actor erin = Actor.participant(ParticipantId.of("erin"));
  final Actor association = Actor.participant(ParticipantId.of("asso-velo"));
  final Actor visitor = Actor.visitor();

  /** Signed in, but granted nothing beyond what a visitor has. */
  final Actor signedInVisitor =
      new Actor(ParticipantId.of("no-role"), Set.of(Role.VISITOR), Locale.FRENCH);

  private final AtomicInteger slugs = new AtomicInteger();

  TestWorld() {
    this(new InMemoryStore());
  }

  TestWorld(ConsultationStore store, DomainEventListener... extraListeners) {
    this.store = store;
    ConsultationEngine.Builder builder =
        ConsultationEngine.builder().store(store).clock(clock).listener(events::add);
    for (DomainEventListener l : extraListeners) {
      builder.listener(l);
    }
    this.engine = builder.build();
  }

  /** Every actor of the cast who has a participant id. */
  List<Actor> cast() {
    return List.of(
        organiser,
        moderator,
        facilitator,
        otherFacilitator,
        alice,
        bob,
        carol,
        dave,
        erin,
        association,
        signedInVisitor);
  }

  /** The participant ids of the cast. */
  List<ParticipantId> castIds() {
    List<ParticipantId> ids = new ArrayList<>();
    cast().forEach(a -> ids.add(a.participant()));
    return ids;
  }

  /** Open from an hour ago for thirty days, in Paris. */
  Schedule openNow() {
    Instant now = clock.instant();
    return new Schedule(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)), PARIS);
  }

  /** Opening in a day, for thirty days, in Paris. */
  Schedule opensTomorrow() {
    Instant now = clock.instant();
    return new Schedule(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(31)), PARIS);
  }

  /** A new draft consultation. */
  ConsultationId draft(ConsultationSettings settings, Schedule schedule) {
    String slug = "consultation-" + slugs.incrementAndGet();
    return engine
        .consultations()
        .create(
            organiser,
            CreateConsultation.of(slug, "Plan vélo " + slug, schedule).withSettings(settings))
        .id();
  }

  /** A new published consultation, open now. */
  ConsultationId open(ConsultationSettings settings) {
    ConsultationId id = draft(settings, openNow());
    engine.consultations().publish(organiser, id);
    return id;
  }

  /** A new published consultation with default settings, open now. */
  ConsultationId open() {
    return open(ConsultationSettings.defaults());
  }

  /** Adds a theme. */
  ThemeId theme(ConsultationId consultation, String title) {
    return engine.themes().add(organiser, new AddTheme(consultation, title, "")).id();
  }

  /** Registers the actor as a person of Paris. */
  Participant register(Actor actor, ConsultationId consultation) {
    return register(actor, consultation, ParticipantKind.PERSON, "75");
  }

  /** Registers the actor. */
  Participant register(
      Actor actor, ConsultationId consultation, ParticipantKind kind, String territory) {
    return engine
        .participants()
        .register(
            actor,
            new Register(consultation, "Name of " + actor.participant(), kind, territory, TERMS));
  }

  /** Submits an individual contribution. */
  Contribution submit(Actor actor, ConsultationId consultation, ThemeId theme, String title) {
    return engine
        .contributions()
        .submit(actor, new SubmitContribution(consultation, theme, title, "Le texte de " + title));
  }

  /** Records a workshop in Guadeloupe run by {@link #facilitator}, with 12 attendees. */
  Workshop workshop(Actor actor, ConsultationId consultation, ThemeId theme) {
    return engine
        .workshops()
        .record(
            actor,
            new RecordWorkshop(
                consultation,
                "Atelier mobilité",
                "",
                LocalDateTime.of(2026, 3, 5, 18, 0),
                place(),
                12,
                Set.of(facilitator.participant()),
                List.of(theme)));
  }

  /** A place in Pointe-à-Pitre. */
  static WorkshopPlace place() {
    return new WorkshopPlace(
        "Médiathèque",
        "1 rue Frébault, Pointe-à-Pitre",
        "971",
        new GeoPoint(16.2411, -61.5331),
        GUADELOUPE);
  }
}
