package org.openconsultation.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.ConsultationEngine;
import org.openconsultation.core.command.CastBallot;
import org.openconsultation.core.command.PostComment;
import org.openconsultation.core.command.RecordWorkshop;
import org.openconsultation.core.command.RetractBallot;
import org.openconsultation.core.command.SubmitCollectiveContribution;
import org.openconsultation.core.command.SubmitContribution;
import org.openconsultation.core.command.SubmitInstitutionalContribution;
import org.openconsultation.core.command.WorkshopPlace;
import org.openconsultation.core.model.Actor;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Role;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Stance;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.Workshop;

/**
 * The 2017 consultation on digital inclusion, told through the engine step by step: open in Paris
 * time from 8 February to 24 March 2017, with workshops in mainland France and overseas, the three
 * kinds of contribution, comments and supports. Each step needs the ones before it.
 */
final class Story2017 {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");
  static final ZoneId REUNION = ZoneId.of("Indian/Reunion");
  static final ZoneId NOUMEA = ZoneId.of("Pacific/Noumea");
  static final Schedule SCHEDULE =
      Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), PARIS);

  /** Midnight in Paris at the start of 8 February 2017. */
  static final Instant OPENS = Instant.parse("2017-02-07T23:00:00Z");

  /** Midnight in Paris at the end of 24 March 2017 (Paris is on UTC+1 until 26 March). */
  static final Instant CLOSES = Instant.parse("2017-03-24T23:00:00Z");

  static final int SUPPORT_LIMIT = 3;

  final EngineFixture fixture;
  final ConsultationEngine engine;
  final MutableClock clock;

  Consultation consultation;
  ConsultationId id;
  Theme mediation;
  Theme diagnostic;
  Theme training;

  Workshop paris;
  Workshop guadeloupe;
  Workshop reunion;
  Workshop noumea;

  /** C-1 to C-6, in submission order. */
  List<Contribution> contributions = List.of();

  Comment agree;
  Comment disagree;
  Comment reply;

  Story2017(EngineFixture fixture) {
    this.fixture = fixture;
    this.engine = fixture.engine();
    this.clock = fixture.clock();
    clock.set(Instant.parse("2017-01-25T09:00:00Z"));
    consultation =
        fixture.publishedConsultation(
            "numerique-inclusif",
            SCHEDULE,
            ConsultationSettings.defaults().withSupportLimit(SUPPORT_LIMIT));
    id = consultation.id();
    mediation = fixture.theme(id, "Médiation numérique");
    diagnostic = fixture.theme(id, "Diagnostic numérique du territoire");
    training = fixture.theme(id, "Formation des aidants");
  }

  /** Everyone registers while the consultation is scheduled; then it opens. */
  Story2017 registrationsThenOpening() {
    clock.set(Instant.parse("2017-02-01T10:00:00Z"));
    for (String name : List.of("camille", "dominique", "eve")) {
      fixture.register(id, name, ParticipantKind.PERSON, "69", EnumSet.of(Role.PARTICIPANT));
    }
    for (String voter : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
      fixture.register(id, voter, ParticipantKind.PERSON, "75", EnumSet.of(Role.PARTICIPANT));
    }
    for (String facilitator : List.of("fac-75", "fac-971", "fac-974", "fac-988")) {
      fixture.register(id, facilitator, ParticipantKind.PERSON, null, EnumSet.of(Role.FACILITATOR));
    }
    fixture.register(
        id, "emmaus-connect", ParticipantKind.ASSOCIATION, "75", EnumSet.of(Role.PARTICIPANT));
    fixture.register(
        id, "region-reunion", ParticipantKind.LOCAL_AUTHORITY, "974", EnumSet.of(Role.PARTICIPANT));
    clock.set(OPENS);
    return this;
  }

  /** Workshops held on 20 February, each in its own zone, recorded two days later. */
  Story2017 workshops() {
    clock.set(Instant.parse("2017-02-22T09:00:00Z"));
    paris =
        workshop(
            "fac-75",
            "Atelier de la Gaîté Lyrique",
            LocalDateTime.of(2017, 2, 20, 18, 0),
            new WorkshopPlace(
                "La Gaîté Lyrique",
                "3 bis rue Papin, Paris",
                "75",
                new GeoPoint(48.8667, 2.3536),
                PARIS),
            30);
    guadeloupe =
        workshop(
            "fac-971",
            "Atelier de Pointe-à-Pitre",
            LocalDateTime.of(2017, 2, 20, 14, 0),
            new WorkshopPlace(
                "Médiathèque du Raizet",
                "Les Abymes",
                "971",
                new GeoPoint(16.2411, -61.5331),
                GUADELOUPE),
            18);
    reunion =
        workshop(
            "fac-974",
            "Atelier de Saint-Denis",
            LocalDateTime.of(2017, 2, 20, 18, 0),
            new WorkshopPlace(
                "Cyberbase de Saint-Denis",
                "Saint-Denis",
                "974",
                new GeoPoint(-20.8789, 55.4481),
                REUNION),
            22);
    noumea =
        workshop(
            "fac-988",
            "Atelier de Nouméa",
            LocalDateTime.of(2017, 2, 21, 8, 0),
            new WorkshopPlace(
                "Maison du Numérique", "Nouméa", "988", new GeoPoint(-22.2758, 166.4580), NOUMEA),
            15);
    return this;
  }

  /**
   * C-1 and C-2 individual, C-3 and C-4 collective (Guadeloupe, all 18 attendees; Nouméa, 12 of
   * 15), C-5 and C-6 institutional.
   */
  Story2017 contributions() {
    clock.set(Instant.parse("2017-02-23T10:00:00Z"));
    Contribution c1 =
        engine
            .contributions()
            .submit(
                actor("camille"),
                new SubmitContribution(
                    id,
                    mediation.id(),
                    "Un médiateur numérique dans chaque médiathèque",
                    "Former et financer des médiateurs."));
    tick();
    Contribution c2 =
        engine
            .contributions()
            .submit(
                actor("dominique"),
                new SubmitContribution(
                    id,
                    diagnostic.id(),
                    "Cartographier les lieux d'accès",
                    "Une carte ouverte des lieux d'accès au numérique."));
    tick();
    Contribution c3 =
        engine
            .contributions()
            .submitCollective(
                facilitator("fac-971"),
                new SubmitCollectiveContribution(
                    id,
                    guadeloupe.id(),
                    mediation.id(),
                    "Des bus numériques dans les communes",
                    "Proposition de l'atelier de Pointe-à-Pitre.",
                    null));
    tick();
    Contribution c4 =
        engine
            .contributions()
            .submitCollective(
                facilitator("fac-988"),
                new SubmitCollectiveContribution(
                    id,
                    noumea.id(),
                    diagnostic.id(),
                    "Mesurer la couverture en tribu",
                    "Proposition de l'atelier de Nouméa.",
                    12));
    tick();
    Contribution c5 =
        engine
            .contributions()
            .submitInstitutional(
                actor("emmaus-connect"),
                new SubmitInstitutionalContribution(
                    id,
                    mediation.id(),
                    "Un chèque culture numérique",
                    "Pour les publics en précarité.",
                    "Emmaüs Connect",
                    null));
    tick();
    Contribution c6 =
        engine
            .contributions()
            .submitInstitutional(
                actor("region-reunion"),
                new SubmitInstitutionalContribution(
                    id,
                    diagnostic.id(),
                    "Un observatoire régional des usages",
                    "Suivre les usages à La Réunion.",
                    "Région Réunion",
                    null));
    contributions = List.of(c1, c2, c3, c4, c5, c6);
    return this;
  }

  /** On C-1: Dominique agrees, Eve disagrees, Camille replies to Eve without a stance. */
  Story2017 comments() {
    clock.set(Instant.parse("2017-03-01T08:00:00Z"));
    agree = comment("dominique", null, "Oui, surtout en zone rurale.", Stance.AGREE);
    tick();
    disagree = comment("eve", null, "Les bibliothécaires ne sont pas formés.", Stance.DISAGREE);
    tick();
    reply = comment("camille", disagree.id(), "Justement, il faut les former.", null);
    return this;
  }

  /**
   * Supports, each voter within the limit of 3: C-1 by a, b, c, d, e (5); C-3 by a, b, c, d (4);
   * C-5 by a, b, c, e (4); C-2 by d, f (2); C-4 by e, and by f one second before close (2); C-6 by
   * g, who then retracts (0).
   */
  Story2017 supportsBeforeTheLastSecond() {
    clock.set(Instant.parse("2017-03-10T12:00:00Z"));
    supports("a", 1, 3, 5);
    supports("b", 1, 3, 5);
    supports("c", 1, 3, 5);
    supports("d", 1, 3, 2);
    supports("e", 1, 5, 4);
    supports("f", 2);
    supports("g", 6);
    tick();
    engine.votes().retract(actor("g"), new RetractBallot(id, ref(6).id()));
    return this;
  }

  /** The last accepted vote: f supports C-4 one second before close. */
  BallotRecord lastSecondSupport() {
    clock.set(CLOSES.minusSeconds(1));
    return support("f", 4);
  }

  private void supports(String voter, int... references) {
    for (int reference : references) {
      tick();
      support(voter, reference);
    }
  }

  /** {@code voter} supports C-{@code reference} now. */
  BallotRecord support(String voter, int reference) {
    return engine
        .votes()
        .cast(actor(voter), new CastBallot(id, ref(reference).id(), Ballot.support()));
  }

  Contribution ref(int reference) {
    return contributions.get(reference - 1);
  }

  static Actor actor(String id) {
    return Actor.participant(ParticipantId.of(id));
  }

  static Actor facilitator(String id) {
    return Actor.of(ParticipantId.of(id), Role.FACILITATOR);
  }

  private Workshop workshop(
      String facilitator, String title, LocalDateTime heldAt, WorkshopPlace place, int attendees) {
    tick();
    return engine
        .workshops()
        .record(
            facilitator(facilitator),
            new RecordWorkshop(
                id,
                title,
                "",
                heldAt,
                place,
                attendees,
                Set.of(),
                List.of(mediation.id(), diagnostic.id())));
  }

  private Comment comment(
      String author, @Nullable CommentId replyTo, String body, @Nullable Stance stance) {
    return engine
        .comments()
        .post(actor(author), new PostComment(id, ref(1).id(), replyTo, body, stance));
  }

  private void tick() {
    clock.advance(Duration.ofMinutes(1));
  }
}
