package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A ballot as stored: at most one per (consultation, contribution, participant).
 *
 * @param consultationId the consultation
 * @param contributionId the contribution voted on
 * @param participant who voted
 * @param ballot the current value
 * @param castAt when it was first cast
 * @param updatedAt when it was last changed (equal to {@code castAt} if never changed)
 */
public record BallotRecord(
    ConsultationId consultationId,
    ContributionId contributionId,
    ParticipantId participant,
    Ballot ballot,
    Instant castAt,
    Instant updatedAt) {

  /** Checks that no component is null. */
  public BallotRecord {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(contributionId, "contributionId");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(ballot, "ballot");
    Objects.requireNonNull(castAt, "castAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
