package org.openconsultation.core.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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

/** Rows to store in tests; every call makes fresh ids. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ParticipantId ORGANISER = ParticipantId.of("organiser");

  private Fixtures() {}

  static Consultation consultation(String slug) {
    return new Consultation(
        new ConsultationId(UUID.randomUUID()),
        slug,
        "Plan vélo",
        "Où faut-il des pistes cyclables ?",
        ORGANISER,
        Locale.FRENCH,
        Schedule.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), PARIS),
        ConsultationSettings.defaults(),
        Lifecycle.draft(),
        "terms-1",
        NOW,
        1);
  }

  static Theme theme(ConsultationId consultation) {
    return new Theme(consultation, new ThemeId(UUID.randomUUID()), "Mobilité", "", 0);
  }

  static NewsItem news(ConsultationId consultation) {
    return new NewsItem(
        consultation,
        new NewsItemId(UUID.randomUUID()),
        "Ouverture",
        "C'est parti",
        ORGANISER,
        NOW);
  }

  static Milestone milestone(ConsultationId consultation) {
    return new Milestone(
        consultation,
        new MilestoneId(UUID.randomUUID()),
        "Synthèse",
        "",
        LocalDate.of(2026, 6, 1),
        MilestoneStatus.PLANNED);
  }

  static Participant participant(ConsultationId consultation, String id) {
    return new Participant(
        consultation, ParticipantId.of(id), id, ParticipantKind.PERSON, "75", "terms-1", NOW);
  }

  static Workshop workshop(ConsultationId consultation) {
    Place place =
        new Place("Médiathèque", "1 rue de la Paix", "75", new GeoPoint(48.85, 2.35), PARIS);
    return new Workshop(
        consultation,
        new WorkshopId(UUID.randomUUID()),
        "Atelier",
        "",
        ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, PARIS),
        place,
        ORGANISER,
        Set.of(),
        12,
        List.of(),
        NOW);
  }

  static Contribution contribution(ConsultationId consultation, Reference reference) {
    return new Contribution(
        consultation,
        new ContributionId(UUID.randomUUID()),
        reference,
        new ThemeId(UUID.randomUUID()),
        ParticipantId.of("author"),
        Provenance.individual(),
        "Une piste rue Lafayette",
        "Elle manque.",
        "75",
        null,
        PublicationStatus.PUBLISHED,
        1,
        NOW,
        NOW);
  }

  static Revision firstRevision(Contribution contribution) {
    return revisionOf(contribution);
  }

  /** The revision that {@code contribution} (at its current revision number) carries. */
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

  static Comment comment(ConsultationId consultation, ContributionId contribution) {
    return new Comment(
        consultation,
        new CommentId(UUID.randomUUID()),
        contribution,
        null,
        ParticipantId.of("commenter"),
        "D'accord",
        null,
        PublicationStatus.PUBLISHED,
        NOW);
  }

  static Flag flag(ConsultationId consultation, ContentRef target, String reporter) {
    return new Flag(
        consultation,
        new FlagId(UUID.randomUUID()),
        target,
        ParticipantId.of(reporter),
        "spam",
        NOW);
  }

  static ModerationDecision decision(ConsultationId consultation, ContentRef target) {
    return new ModerationDecision(
        consultation,
        new DecisionId(UUID.randomUUID()),
        target,
        ModerationAction.HIDE,
        "spam",
        ORGANISER,
        NOW);
  }

  static BallotRecord ballot(
      ConsultationId consultation, ContributionId contribution, String participant, Ballot value) {
    return new BallotRecord(
        consultation, contribution, ParticipantId.of(participant), value, NOW, NOW);
  }
}
