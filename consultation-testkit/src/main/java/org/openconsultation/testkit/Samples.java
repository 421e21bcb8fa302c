package org.openconsultation.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.BallotRecord;
import org.openconsultation.core.model.Comment;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.Consultation;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.Contribution;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.DecisionId;
import org.openconsultation.core.model.Flag;
import org.openconsultation.core.model.FlagId;
import org.openconsultation.core.model.GeoPoint;
import org.openconsultation.core.model.Lifecycle;
import org.openconsultation.core.model.Milestone;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.MilestoneStatus;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.ModerationDecision;
import org.openconsultation.core.model.NewsItem;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.Participant;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.ParticipantKind;
import org.openconsultation.core.model.Place;
import org.openconsultation.core.model.Provenance;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.Revision;
import org.openconsultation.core.model.Schedule;
import org.openconsultation.core.model.Theme;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.Workshop;
import org.openconsultation.core.model.WorkshopId;

/**
 * Rows for the port contracts. Every factory makes fresh ids; times are whole seconds, so a store
 * that keeps microseconds (PostgreSQL) returns values equal to those stored.
 *
 * <p>Fresh ids are random UUIDs whose first bit is clear: signed ({@link UUID#compareTo}) and
 * unsigned (SQL {@code uuid}) orders then agree, so "then by id" has one meaning. {@link #uuid}
 * makes ids whose order a test chooses.
 */
final class Samples {

  /** When the sample rows were made. */
  static final Instant T0 = Instant.parse("2017-02-08T09:00:00Z");

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ParticipantId ORGANISER = ParticipantId.of("organiser");

  private Samples() {}

  /** A random UUID that sorts the same way signed and unsigned. */
  static UUID uuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(random.nextLong() & Long.MAX_VALUE, random.nextLong() & Long.MAX_VALUE);
  }

  /** The UUID {@code n}: {@code uuid(1) < uuid(2)} in every order. */
  static UUID uuid(long n) {
    return new UUID(0x1000L, n);
  }

  static ConsultationId consultationId() {
    return new ConsultationId(uuid());
  }

  static Consultation consultation(String slug) {
    return consultation(consultationId(), slug, T0);
  }

  static Consultation consultation(ConsultationId id, String slug, Instant createdAt) {
    return new Consultation(
        id,
        slug,
        "Stratégie nationale pour un numérique inclusif",
        "Comment donner à chacun les moyens du numérique ?",
        ORGANISER,
        Locale.FRENCH,
        Schedule.days(LocalDate.of(2017, 2, 8), LocalDate.of(2017, 3, 24), PARIS),
        ConsultationSettings.defaults(),
        Lifecycle.draft(),
        "cgu-1",
        createdAt,
        1);
  }

  static Theme theme(ConsultationId consultation, int position) {
    return theme(consultation, new ThemeId(uuid()), position);
  }

  static Theme theme(ConsultationId consultation, ThemeId id, int position) {
    return new Theme(consultation, id, "Médiation numérique", "Accompagner", position);
  }

  static NewsItem news(ConsultationId consultation, Instant publishedAt) {
    return news(consultation, new NewsItemId(uuid()), publishedAt);
  }

  static NewsItem news(ConsultationId consultation, NewsItemId id, Instant publishedAt) {
    return new NewsItem(
        consultation, id, "Ouverture", "La consultation est ouverte.", ORGANISER, publishedAt);
  }

  static Milestone milestone(ConsultationId consultation, LocalDate date) {
    return milestone(consultation, new MilestoneId(uuid()), date);
  }

  static Milestone milestone(ConsultationId consultation, MilestoneId id, LocalDate date) {
    return new Milestone(
        consultation, id, "Synthèse", "Publication de la synthèse", date, MilestoneStatus.PLANNED);
  }

  static Participant participant(ConsultationId consultation, String id) {
    return participant(consultation, id, T0);
  }

  static Participant participant(ConsultationId consultation, String id, Instant registeredAt) {
    return new Participant(
        consultation,
        ParticipantId.of(id),
        "Camille " + id,
        ParticipantKind.PERSON,
        "75",
        "cgu-1",
        registeredAt);
  }

  static Workshop workshop(ConsultationId consultation, LocalDateTime heldAt, ZoneId zone) {
    return workshop(consultation, new WorkshopId(uuid()), heldAt, zone);
  }

  static Workshop workshop(
      ConsultationId consultation, WorkshopId id, LocalDateTime heldAt, ZoneId zone) {
    Place place =
        new Place("Médiathèque", "1 place de la Mairie", "75", new GeoPoint(48.85, 2.35), zone);
    return new Workshop(
        consultation,
        id,
        "Atelier numérique",
        "",
        heldAt.atZone(zone),
        place,
        ORGANISER,
        Set.of(ParticipantId.of("facilitator")),
        12,
        List.of(),
        T0);
  }

  static Contribution contribution(ConsultationId consultation, long reference) {
    return contribution(
        consultation,
        new ContributionId(uuid()),
        reference,
        new ThemeId(uuid()),
        ParticipantId.of("author"),
        Provenance.individual(),
        "75",
        PublicationStatus.PUBLISHED);
  }

  static Contribution contribution(
      ConsultationId consultation,
      ContributionId id,
      long reference,
      ThemeId theme,
      ParticipantId author,
      Provenance provenance,
      @Nullable String territory,
      PublicationStatus status) {
    return new Contribution(
        consultation,
        id,
        new Reference(reference),
        theme,
        author,
        provenance,
        "Des médiateurs dans chaque médiathèque",
        "Former et financer des médiateurs numériques.",
        territory,
        null,
        status,
        1,
        T0,
        T0);
  }

  /** The revision {@code contribution} carries at its current number. */
  static Revision revisionOf(Contribution contribution) {
    return new Revision(
        contribution.consultationId(),
        contribution.id(),
        contribution.revision(),
        contribution.title(),
        contribution.body(),
        contribution.author(),
        "",
        contribution.updatedAt());
  }

  static Comment comment(ConsultationId consultation, ContributionId contribution, Instant at) {
    return comment(consultation, new CommentId(uuid()), contribution, at);
  }

  static Comment comment(
      ConsultationId consultation, CommentId id, ContributionId contribution, Instant at) {
    return new Comment(
        consultation,
        id,
        contribution,
        null,
        ParticipantId.of("commenter"),
        "Tout à fait d'accord.",
        null,
        PublicationStatus.PUBLISHED,
        at);
  }

  static Flag flag(ConsultationId consultation, ContentRef target, String reporter, Instant at) {
    return flag(consultation, new FlagId(uuid()), target, reporter, at);
  }

  static Flag flag(
      ConsultationId consultation, FlagId id, ContentRef target, String reporter, Instant at) {
    return new Flag(consultation, id, target, ParticipantId.of(reporter), "Hors sujet", at);
  }

  static ModerationDecision decision(ConsultationId consultation, ContentRef target, Instant at) {
    return decision(consultation, new DecisionId(uuid()), target, at);
  }

  static ModerationDecision decision(
      ConsultationId consultation, DecisionId id, ContentRef target, Instant at) {
    return new ModerationDecision(
        consultation, id, target, ModerationAction.HIDE, "Hors sujet", ORGANISER, at);
  }

  static BallotRecord ballot(
      ConsultationId consultation, ContributionId contribution, String participant, Ballot value) {
    return new BallotRecord(
        consultation, contribution, ParticipantId.of(participant), value, T0, T0);
  }
}
