package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A report that a piece of content breaks the consultation's rules. A participant reports a given
 * piece of content at most once.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param target what is reported
 * @param reporter who reported it
 * @param reason why, in the reporter's words
 * @param reportedAt when
 */
public record Flag(
    ConsultationId consultationId,
    FlagId id,
    ContentRef target,
    ParticipantId reporter,
    String reason,
    Instant reportedAt) {

  /** Checks that no component is null. */
  public Flag {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }
}
