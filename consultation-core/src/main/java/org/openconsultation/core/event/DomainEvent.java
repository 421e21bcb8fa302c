package org.openconsultation.core.event;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openconsultation.core.export.ExportTable;
import org.openconsultation.core.model.Ballot;
import org.openconsultation.core.model.CommentId;
import org.openconsultation.core.model.ConsultationId;
import org.openconsultation.core.model.ConsultationSettings;
import org.openconsultation.core.model.ContentRef;
import org.openconsultation.core.model.ContributionId;
import org.openconsultation.core.model.ContributionKind;
import org.openconsultation.core.model.MilestoneId;
import org.openconsultation.core.model.ModerationAction;
import org.openconsultation.core.model.NewsItemId;
import org.openconsultation.core.model.ParticipantId;
import org.openconsultation.core.model.PublicationStatus;
import org.openconsultation.core.model.Reference;
import org.openconsultation.core.model.ThemeId;
import org.openconsultation.core.model.WorkshopId;

/**
 * A state change, announced after commit. Every event names its consultation, the participant who
 * caused it ({@code null} for an automatic change) and when it happened (engine clock).
 */
public sealed interface DomainEvent {

  /** The consultation changed. */
  ConsultationId consultationId();

  /** Who caused the change, or null when the engine made it on its own. */
  @Nullable ParticipantId actor();

  /** When, by the engine clock. */
  Instant occurredAt();

  /** A consultation was created, as a draft. */
  record ConsultationCreated(
      ConsultationId consultationId, @Nullable ParticipantId actor, Instant occurredAt, String slug)
      implements DomainEvent {}

  /** A draft consultation was published. */
  record ConsultationPublished(
      ConsultationId consultationId, @Nullable ParticipantId actor, Instant occurredAt)
      implements DomainEvent {}

  /** A consultation was closed before its scheduled end. */
  record ConsultationClosedEarly(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      String reason)
      implements DomainEvent {}

  /** A consultation's closing time was moved later. */
  record ConsultationExtended(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      Instant previousClosesAt,
      Instant newClosesAt)
      implements DomainEvent {}

  /** Results were published. */
  record ResultsPublished(
      ConsultationId consultationId, @Nullable ParticipantId actor, Instant occurredAt)
      implements DomainEvent {}

  /** A consultation was archived. */
  record ConsultationArchived(
      ConsultationId consultationId, @Nullable ParticipantId actor, Instant occurredAt)
      implements DomainEvent {}

  /** Settings changed. */
  record SettingsChanged(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ConsultationSettings settings)
      implements DomainEvent {}

  /** A theme was added, renamed or moved. */
  record ThemeChanged(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ThemeId theme)
      implements DomainEvent {}

  /** A news item was published. */
  record NewsPublished(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      NewsItemId newsItem)
      implements DomainEvent {}

  /** A milestone was added or changed. */
  record MilestoneChanged(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      MilestoneId milestone)
      implements DomainEvent {}

  /** A participant registered (and consented to the terms). */
  record ParticipantRegistered(
      ConsultationId consultationId, @Nullable ParticipantId actor, Instant occurredAt)
      implements DomainEvent {}

  /** A participant changed their profile. */
  record ProfileUpdated(
      ConsultationId consultationId, @Nullable ParticipantId actor, Instant occurredAt)
      implements DomainEvent {}

  /** A contribution was submitted. */
  record ContributionSubmitted(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContributionId contribution,
      Reference reference,
      ContributionKind kind,
      PublicationStatus status)
      implements DomainEvent {}

  /** A contribution's author edited it, making a new revision. */
  record ContributionRevised(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContributionId contribution,
      int revision)
      implements DomainEvent {}

  /** A contribution's author withdrew it. */
  record ContributionWithdrawn(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContributionId contribution)
      implements DomainEvent {}

  /** A workshop was recorded or changed. */
  record WorkshopChanged(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      WorkshopId workshop)
      implements DomainEvent {}

  /** A comment was posted. */
  record CommentPosted(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      CommentId comment,
      ContributionId contribution,
      PublicationStatus status)
      implements DomainEvent {}

  /** A ballot was cast or changed; {@code previous} is the value it replaced, if any. */
  record BallotCast(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContributionId contribution,
      Ballot ballot,
      @Nullable Ballot previous)
      implements DomainEvent {}

  /** A ballot was retracted. */
  record BallotRetracted(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContributionId contribution,
      Ballot previous)
      implements DomainEvent {}

  /** Content was reported; {@code reporters} counts the distinct reporters so far. */
  record ContentFlagged(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContentRef target,
      long reporters)
      implements DomainEvent {}

  /** A moderation decision changed content's status (actor null: automatic hiding). */
  record ContentModerated(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      ContentRef target,
      ModerationAction action,
      PublicationStatus status)
      implements DomainEvent {}

  /**
   * A consultation's content was loaded from one of its own exports (themes, contributions with
   * their revisions, workshops, comments, ballots), keeping ids and references; {@code rows} counts
   * what each table held.
   */
  record ContentImported(
      ConsultationId consultationId,
      @Nullable ParticipantId actor,
      Instant occurredAt,
      Map<ExportTable, Long> rows)
      implements DomainEvent {

    /** Copies the counts. */
    public ContentImported {
      rows = Map.copyOf(rows);
    }
  }
}
