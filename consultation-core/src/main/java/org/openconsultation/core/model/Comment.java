package org.openconsultation.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a contribution, possibly a reply to another comment on the same contribution.
 *
 * @param consultationId the consultation
 * @param id the identifier
 * @param contributionId the contribution discussed
 * @param parent the comment replied to, or null for a top-level comment
 * @param author who wrote it
 * @param body the text
 * @param stance its position on the contribution, or null
 * @param status whether it is shown
 * @param postedAt when it was posted
 */
public record Comment(
    ConsultationId consultationId,
    CommentId id,
    ContributionId contributionId,
    @Nullable CommentId parent,
    ParticipantId author,
    String body,
    @Nullable Stance stance,
    PublicationStatus status,
    Instant postedAt) {

  /** Checks that no required component is null. */
  public Comment {
    Objects.requireNonNull(consultationId, "consultationId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contributionId, "contributionId");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(postedAt, "postedAt");
  }

  /** This comment with another status. */
  public Comment withStatus(PublicationStatus newStatus) {
    return new Comment(
        consultationId, id, contributionId, parent, author, body, stance, newStatus, postedAt);
  }
}
