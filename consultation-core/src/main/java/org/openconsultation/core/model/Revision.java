package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a contribution's text, kept forever so citations stay true.
 *
 * @param consultationId the consultation
 * @param contributionId the contribution
 * @param number the revision number, from 1 (the original submission)
 * @param title the title in this revision
 * @param body the text in this revision
 * @param editor who wrote this revision
 * @param note the editor's note on what changed, possibly empty
 * @param createdAt when this revision was made
 */
public record Revision(
    ConsultationId consultationId,
    ContributionId contributionId,
    int number,
    String title,
    String body,
    ParticipantId editor,
    String note,
    Instant createdAt) {

  /** Checks that no component is null and the number is positive. */
  public Revision {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(contributionId, "contributionId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(createdAt, "createdAt");
    Checks.require(number >= 1, "min", "number", "a revision number starts at 1");
  }
}
